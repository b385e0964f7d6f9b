/*
 * Copyright 2026 the multids authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.multids.autoconfigure.jdbc;

import javax.sql.DataSource;

import io.github.multids.context.SourceTransactions;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The JDBC transaction manager of a source without entities; it records each transaction
 * it begins, so that work on another source inside it is noticed, and lets the guard of
 * an enclosing transaction on another source refuse a new one.
 *
 * @author multids
 */
public class SourceJdbcTransactionManager extends JdbcTransactionManager {

	private final String source;

	private final transient SourceTransactions.Guard guard;

	public SourceJdbcTransactionManager(String source, DataSource dataSource, SourceTransactions.Guard guard) {
		super(dataSource);
		this.source = source;
		this.guard = guard;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		SourceTransactions.begin(this.source, transaction, definition.isReadOnly(), this.guard,
				() -> super.doBegin(transaction, definition));
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		SourceTransactions.completed(transaction, () -> super.doCleanupAfterCompletion(transaction));
	}

}
