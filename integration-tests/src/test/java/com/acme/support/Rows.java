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

package com.acme.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks rows up in the shop's three databases over new plain JDBC connections, never
 * through Spring, so that what it sees is what was committed where.
 *
 * @author multids
 */
public final class Rows {

	private final Map<String, Connector> databases = new LinkedHashMap<>();

	private Rows(TestDatabases testDatabases, HikariDataSource scratch) {
		this.databases.put("orders", testDatabases.orders()::connect);
		this.databases.put("events", testDatabases.events()::connect);
		this.databases.put("scratch",
				() -> DriverManager.getConnection(scratch.getJdbcUrl(), scratch.getUsername(), scratch.getPassword()));
	}

	/**
	 * Create a lookup over the databases of the run and the given {@code scratch} pool's
	 * url.
	 * @param scratch the pool of the {@code scratch} source, only read for its url
	 * @return the lookup
	 */
	public static Rows of(DataSource scratch) {
		try {
			return new Rows(TestDatabases.get(), scratch.unwrap(HikariDataSource.class));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Assert that exactly one row carries the marker in the table, in the database of the
	 * given source, and none in the other two.
	 * @param source the source that must hold the row
	 * @param table the table
	 * @param marker the marker
	 */
	public void assertOnlyIn(String source, Table table, String marker) {
		assertCounts(table, marker, source, 1);
	}

	/**
	 * Assert that the given number of rows carry the marker in the table, in the database
	 * of the given source, and none in the other two.
	 * @param source the source that must hold the rows
	 * @param table the table
	 * @param marker the marker
	 * @param expected the number of rows
	 */
	public void assertCounts(Table table, String marker, String source, long expected) {
		Map<String, Long> expectedCounts = new LinkedHashMap<>();
		this.databases.keySet().forEach((name) -> expectedCounts.put(name, name.equals(source) ? expected : 0L));
		assertThat(countsPerDatabase(table, marker))
			.as("rows with %s = '%s' in table %s, per database", table.markerColumn(), marker, table.tableName())
			.isEqualTo(expectedCounts);
	}

	/**
	 * Assert that no database has a row carrying the marker in the table.
	 * @param table the table
	 * @param marker the marker
	 */
	public void assertNowhere(Table table, String marker) {
		assertCounts(table, marker, null, 0);
	}

	/**
	 * Return the number of rows with the marker per database; a database without the
	 * table counts zero.
	 * @param table the table
	 * @param marker the marker
	 * @return the counts, by source name
	 */
	public Map<String, Long> countsPerDatabase(Table table, String marker) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.databases.forEach((name, connector) -> counts.put(name, count(connector, table, marker)));
		return counts;
	}

	/**
	 * Return the SQL migrations recorded as applied in the Flyway history table of the
	 * source's database, in order.
	 * @param source the source name
	 * @return the scripts
	 */
	public List<String> appliedMigrations(String source) {
		try (Connection connection = this.databases.get(source).connect()) {
			String quote = connection.getMetaData().getIdentifierQuoteString();
			// Only SQL migrations: Flyway also records schemas it created, without a
			// script.
			String sql = "select " + quote + "script" + quote + " from " + quote + "flyway_schema_history" + quote
					+ " where " + quote + "success" + quote + " = ? and " + quote + "type" + quote + " = 'SQL'"
					+ " order by " + quote + "installed_rank" + quote;
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setBoolean(1, true);
				List<String> scripts = new ArrayList<>();
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						scripts.add(result.getString(1));
					}
				}
				return scripts;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the Flyway history of " + source, ex);
		}
	}

	/**
	 * Return whether the source's database has the table, in its current schema.
	 * @param source the source name
	 * @param tableName the table name, in any case
	 * @return whether the table exists
	 */
	public boolean hasTable(String source, String tableName) {
		try (Connection connection = this.databases.get(source).connect()) {
			return hasTable(connection, tableName);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long count(Connector connector, Table table, String marker) {
		try (Connection connection = connector.connect()) {
			if (!hasTable(connection, table.tableName())) {
				return 0;
			}
			String sql = "select count(*) from " + table.tableName() + " where " + table.markerColumn() + " = ?";
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, marker);
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

	private static boolean hasTable(Connection connection, String tableName) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), null,
				new String[] { "TABLE" })) {
			while (tables.next()) {
				if (tables.getString("TABLE_NAME").equalsIgnoreCase(tableName)) {
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
