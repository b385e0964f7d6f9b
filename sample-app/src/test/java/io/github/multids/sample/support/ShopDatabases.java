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

package io.github.multids.sample.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks at the shop's three databases (not the shops' loyalty databases) over new plain
 * JDBC connections (DriverManager, never Spring or its pools), so that what it sees is
 * what was committed where.
 *
 * @author multids
 */
public final class ShopDatabases {

	private final Map<String, HikariDataSource> pools = new LinkedHashMap<>();

	/**
	 * Create a view of the registry's sources; their pools are only read for url and
	 * credentials.
	 * @param registry the registry of the application under test
	 */
	public ShopDatabases(DataSourceRegistry registry) {
		for (String name : registry.names()) {
			HikariDataSource pool = unwrap(registry, name);
			// a tenant source has a database per shop, looked at by LoyaltyShopApiTests
			if (!pool.getJdbcUrl().contains("{tenant}")) {
				this.pools.put(name, pool);
			}
		}
	}

	/**
	 * Assert that exactly one row of the table carries the marker, in its source's
	 * database, and that no other database has one.
	 * @param table the table
	 * @param marker the marker
	 */
	public void assertOnlyInItsOwnDatabase(Table table, String marker) {
		assertThat(countsPerSource(table, marker)).as("rows of %s with '%s', per source", table.tableName(), marker)
			.isEqualTo(expected(table.source()));
	}

	/**
	 * Assert that no database has a row of the table with the marker.
	 * @param table the table
	 * @param marker the marker
	 */
	public void assertNowhere(Table table, String marker) {
		assertThat(countsPerSource(table, marker)).as("rows of %s with '%s', per source", table.tableName(), marker)
			.isEqualTo(expected(null));
	}

	/**
	 * Return the names of the tables in a source's database, lower case.
	 * @param source the source name
	 * @return the table names
	 */
	public Set<String> tables(String source) {
		try (Connection connection = connect(source)) {
			return tables(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Run a statement on a source's database.
	 * @param source the source name
	 * @param sql the statement
	 */
	public void execute(String source, String sql) {
		try (Connection connection = connect(source); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Long> expected(String source) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.pools.keySet().forEach((name) -> counts.put(name, name.equals(source) ? 1L : 0L));
		return counts;
	}

	private Map<String, Long> countsPerSource(Table table, String marker) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.pools.keySet().forEach((name) -> counts.put(name, count(name, table, marker)));
		return counts;
	}

	private long count(String source, Table table, String marker) {
		try (Connection connection = connect(source)) {
			if (!tables(connection).contains(table.tableName())) {
				return 0;
			}
			String sql = "select count(*) from " + table.tableName() + " where " + table.markerColumn() + " like ?";
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, "%" + marker + "%");
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

	private Connection connect(String source) throws SQLException {
		HikariDataSource pool = this.pools.get(source);
		return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
	}

	private static Set<String> tables(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		Set<String> names = new TreeSet<>();
		try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), null,
				new String[] { "TABLE" })) {
			while (tables.next()) {
				names.add(tables.getString("TABLE_NAME").toLowerCase());
			}
		}
		return names;
	}

	private static HikariDataSource unwrap(DataSourceRegistry registry, String name) {
		try {
			return registry.dataSource(name).unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
