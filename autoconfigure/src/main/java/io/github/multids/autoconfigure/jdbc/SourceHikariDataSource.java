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

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.context.SourceTransactions;

/**
 * The HikariCP pool of one source, which notes each connection it hands out so that a
 * connection taken inside a transaction on another source is noticed; with no transaction
 * open on the thread that costs one thread-local read.
 *
 * @author multids
 */
public class SourceHikariDataSource extends HikariDataSource {

	private final String source;

	public SourceHikariDataSource(String source) {
		this.source = source;
	}

	@Override
	public Connection getConnection() throws SQLException {
		SourceTransactions.connectionTaken(this.source);
		return super.getConnection();
	}

}
