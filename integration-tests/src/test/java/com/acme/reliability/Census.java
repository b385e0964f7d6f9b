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

package com.acme.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.acme.support.Table;
import com.acme.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.context.ApplicationContext;

/**
 * Counts the rows carrying markers of one test run in each table of the three databases,
 * over new plain JDBC connections that bypass Spring and its pools, with one grouped
 * query per table.
 *
 * @author multids
 */
final class Census {

	private final Map<String, Connector> databases = new LinkedHashMap<>();

	private Census(TestDatabases testDatabases, HikariDataSource scratch) {
		this.databases.put("orders", testDatabases.orders()::connect);
		this.databases.put("events", testDatabases.events()::connect);
		this.databases.put("scratch",
				() -> DriverManager.getConnection(scratch.getJdbcUrl(), scratch.getUsername(), scratch.getPassword()));
	}

	/**
	 * Create a census of the databases of the run; {@code scratch} is read at the url of
	 * the given pool.
	 * @param scratch the pool of the {@code scratch} source
	 * @return the census
	 */
	static Census of(DataSource scratch) {
		try {
			return new Census(TestDatabases.get(), scratch.unwrap(HikariDataSource.class));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Create a census of the databases of the run; {@code scratch} is read at the url of
	 * the pool of the {@code scratch} source of the given application.
	 * @param context the application of the run
	 * @return the census
	 */
	static Census of(ApplicationContext context) {
		return of(BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getAutowireCapableBeanFactory(),
				DataSource.class, "scratch"));
	}

	/**
	 * Return the number of rows per marker, for markers starting with the prefix, by
	 * source and table; a table a database does not have counts as empty.
	 * @param prefix the marker prefix of the run
	 * @return the counts
	 */
	Map<String, Map<Table, Map<String, Integer>>> count(String prefix) {
		Map<String, Map<Table, Map<String, Integer>>> counts = new LinkedHashMap<>();
		this.databases.forEach((source, connector) -> counts.put(source, count(connector, prefix)));
		return counts;
	}

	private Map<Table, Map<String, Integer>> count(Connector connector, String prefix) {
		Map<Table, Map<String, Integer>> counts = new LinkedHashMap<>();
		try (Connection connection = connector.connect()) {
			for (Table table : Table.values()) {
				counts.put(table, hasTable(connection, table) ? count(connection, table, prefix) : Map.of());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not count the rows of the run", ex);
		}
		return counts;
	}

	private Map<String, Integer> count(Connection connection, Table table, String prefix) throws SQLException {
		String column = table.markerColumn();
		String sql = "select " + column + ", count(*) from " + table.tableName() + " where " + column
				+ " like ? group by " + column;
		Map<String, Integer> counts = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, prefix + "%");
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					counts.put(result.getString(1), result.getInt(2));
				}
			}
		}
		return counts;
	}

	private static boolean hasTable(Connection connection, Table table) throws SQLException {
		try (ResultSet tables = connection.getMetaData()
			.getTables(connection.getCatalog(), connection.getSchema(), null, new String[] { "TABLE" })) {
			while (tables.next()) {
				if (tables.getString("TABLE_NAME").equalsIgnoreCase(table.tableName())) {
					return true;
				}
			}
			return false;
		}
	}

	/**
	 * Opens a new connection to one database.
	 */
	@FunctionalInterface
	private interface Connector {

		Connection connect() throws SQLException;

	}

}
