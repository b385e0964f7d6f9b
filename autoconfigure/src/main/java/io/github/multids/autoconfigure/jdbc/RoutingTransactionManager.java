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

import java.util.Map;

import io.github.multids.autoconfigure.routing.SourceTargets;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;

/**
 * The `@Primary` `transactionManager`: starts each transaction on the transaction manager
 * of the source current at that moment, else of the default source, and completes it on
 * the same one.
 *
 * @author multids
 */
public class RoutingTransactionManager implements PlatformTransactionManager {

	private final SourceTargets<PlatformTransactionManager> targets;

	public RoutingTransactionManager(Map<String, PlatformTransactionManager> targets, String defaultName) {
		this.targets = new SourceTargets<>(targets, defaultName);
	}

	@Override
	public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
		PlatformTransactionManager target = currentTarget();
		TransactionStatus status = target.getTransaction(definition);
		OpenTransactions.opened(status, target);
		return status;
	}

	@Override
	public void commit(TransactionStatus status) throws TransactionException {
		OpenTransactions.completing(status).commit(status);
	}

	@Override
	public void rollback(TransactionStatus status) throws TransactionException {
		OpenTransactions.completing(status).rollback(status);
	}

	/**
	 * Return the transaction manager of the current source, else of the default source.
	 * @return the target transaction manager
	 */
	public PlatformTransactionManager currentTarget() {
		return this.targets.current();
	}

}
