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
package com.example.slices;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Reads a source's database over a connection of its own, from the url of its pool.
 *
 * @author multids
 */
final class SourceDatabase {

	private final HikariDataSource pool;

	private SourceDatabase(HikariDataSource pool) {
		this.pool = pool;
	}

	static SourceDatabase of(DataSource dataSource) {
		try {
			return new SourceDatabase(dataSource.unwrap(HikariDataSource.class));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return this.pool.getJdbcUrl();
	}

	/**
	 * Count the rows of the table whose column holds the value; a database without the
	 * table counts -1.
	 */
	long count(String table, String column, String value) {
		try (Connection connection = DriverManager.getConnection(this.pool.getJdbcUrl(), this.pool.getUsername(),
				this.pool.getPassword())) {
			try (ResultSet tables = connection.getMetaData()
				.getTables(connection.getCatalog(), connection.getSchema(), null, new String[] { "TABLE" })) {
				boolean found = false;
				while (tables.next()) {
					found |= tables.getString("TABLE_NAME").equalsIgnoreCase(table);
				}
				if (!found) {
					return -1;
				}
			}
			try (PreparedStatement statement = connection
				.prepareStatement("select count(*) from " + table + " where " + column + " = ?")) {
				statement.setString(1, value);
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					return result.getLong(1);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
