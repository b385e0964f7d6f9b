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
package com.example.tenants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.multids.test.Database;
import io.github.multids.test.DatabaseServer;
import io.github.multids.test.DatabaseServers;
import io.github.multids.test.Vendor;
import org.opentest4j.TestAbortedException;

/**
 * The databases of one run on one server: {@code main} and one per tenant, all named
 * after a prefix of their own and dropped on {@link #close()}; read back over plain JDBC
 * connections of their own.
 *
 * @author multids
 */
final class TenantDatabases implements AutoCloseable {

	private final DatabaseServer server;

	private final String prefix;

	private final List<String> created = new ArrayList<>();

	private TenantDatabases(DatabaseServer server, String prefix) {
		this.server = server;
		this.prefix = prefix;
	}

	/**
	 * Locate the vendor's server; unreachable, it fails the tests rather than skip them.
	 * @param vendor the kind of server
	 * @return the databases of a new run, none created yet
	 */
	static TenantDatabases on(Vendor vendor) {
		try {
			String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
			return new TenantDatabases(DatabaseServers.get(vendor),
					"mdt_" + vendor.name().toLowerCase(Locale.ROOT).substring(0, 2) + run);
		}
		catch (TestAbortedException ex) {
			throw new IllegalStateException(
					"The tenant tests fail, rather than skip, without their database server: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Return the prefix of the names of this run's databases.
	 * @return the prefix
	 */
	String prefix() {
		return this.prefix;
	}

	Vendor vendor() {
		return this.server.vendor();
	}

	/**
	 * Create the database of a tenant (or of {@code main}).
	 * @param name the tenant
	 * @return the new, empty database
	 */
	Database create(String name) {
		String database = databaseName(name);
		execute(this.server.url(), vendor().createDatabase(database));
		this.created.add(database);
		return of(name);
	}

	/**
	 * Return the database of a tenant (or of {@code main}).
	 * @param name the tenant
	 * @return the database
	 */
	Database of(String name) {
		return new Database(this.server, this.server.urlOf(databaseName(name)));
	}

	/**
	 * Return the tenant source's database template, with {@code {tenant}} where the
	 * tenant goes.
	 * @return the template, whose {@link Database#properties(String)} configure a source
	 */
	Database template() {
		return of("{tenant}");
	}

	/**
	 * Run a statement on a tenant's database.
	 * @param name the tenant
	 * @param sql the statement
	 */
	void executeOn(String name, String sql) {
		execute(of(name).url(), sql);
	}

	/**
	 * Return the rows of the {@code customer} table of a tenant's (or {@code main}'s)
	 * database.
	 * @param name the tenant
	 * @return the rows, by id
	 */
	Map<String, Row> customers(String name) {
		String url = of(name).url();
		try (Connection connection = connect(url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id, tenant, via from customer")) {
			Map<String, Row> customers = new LinkedHashMap<>();
			while (rows.next()) {
				customers.put(rows.getString(1), new Row(rows.getString(2), rows.getString(3)));
			}
			return customers;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the customers of " + url, ex);
		}
	}

	/**
	 * Return the versions Flyway applied successfully to a tenant's (or {@code main}'s)
	 * database.
	 * @param name the tenant
	 * @return the versions, in the order applied
	 */
	List<String> versions(String name) {
		String url = of(name).url();
		try (Connection connection = connect(url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select version from flyway_schema_history"
						+ " where success = true and version is not null order by installed_rank")) {
			List<String> versions = new ArrayList<>();
			while (rows.next()) {
				versions.add(rows.getString(1));
			}
			return versions;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the schema history of " + url, ex);
		}
	}

	/**
	 * Return how many connections the server has open to each database of this run, as
	 * the server counts them.
	 * @return the connections by tenant (or {@code main})
	 */
	Map<String, Integer> connections() {
		String sql = (vendor() == Vendor.POSTGRESQL) ? "select datname from pg_stat_activity"
				: "select db from information_schema.processlist";
		Map<String, Integer> connections = new LinkedHashMap<>();
		try (Connection connection = connect(this.server.url());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				String database = rows.getString(1);
				if (database != null && database.startsWith(this.prefix + "_")) {
					connections.merge(database.substring(this.prefix.length() + 1), 1, Integer::sum);
				}
			}
			return connections;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not count the connections of " + this.server, ex);
		}
	}

	/**
	 * Drop every database of this run, closing the connections left to them.
	 */
	@Override
	public void close() {
		List<String> failures = new ArrayList<>();
		for (String database : this.created) {
			try {
				execute(this.server.url(), vendor().dropDatabase(database));
			}
			catch (IllegalStateException ex) {
				failures.add(ex.getMessage());
			}
		}
		this.created.clear();
		if (!failures.isEmpty()) {
			throw new IllegalStateException("Could not drop every test database: " + failures);
		}
	}

	private String databaseName(String name) {
		return this.prefix + "_" + name;
	}

	private void execute(String url, String sql) {
		try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
		}
	}

	private Connection connect(String url) throws SQLException {
		return this.server.connect(url);
	}

	/**
	 * A row of a {@code customer} table.
	 *
	 * @param tenant the tenant it was written for
	 * @param via what wrote it
	 */
	record Row(String tenant, String via) {
	}

}
