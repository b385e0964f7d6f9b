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

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * The fresh databases of one test run: {@code multids_<random>} on a PostgreSQL server
 * for {@code orders} and on a MySQL/MariaDB server for {@code events}, dropped when the
 * JVM exits.
 * <p>
 * The servers come from {@code MULTIDS_TEST_POSTGRES_*} and {@code MULTIDS_TEST_MYSQL_*}
 * (defaults: local servers on 127.0.0.1). When one is unreachable the tests fail under
 * {@code CI=true}, else run on Testcontainers when Docker is available, else are skipped.
 *
 * @author multids
 */
public final class TestDatabases {

	private static TestDatabases instance;

	private static RuntimeException failure;

	private final String name = "multids_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final DatabaseServer postgres;

	private final DatabaseServer mysql;

	private final List<String> extraEventsDatabases = new ArrayList<>();

	private TestDatabases(DatabaseServer postgres, DatabaseServer mysql) {
		this.postgres = postgres;
		this.mysql = mysql;
	}

	/**
	 * Return the databases of this run, creating them on first use.
	 * @return the databases
	 * @throws TestAbortedException when no server is available outside CI
	 * @throws IllegalStateException when a server is unreachable under CI
	 */
	public static synchronized TestDatabases get() {
		if (failure != null) {
			throw failure;
		}
		if (instance == null) {
			try {
				instance = create();
			}
			catch (RuntimeException ex) {
				failure = ex;
				throw ex;
			}
		}
		return instance;
	}

	private static TestDatabases create() {
		TestDatabases databases = new TestDatabases(locate(Vendor.POSTGRESQL), locate(Vendor.MYSQL));
		databases.createAll();
		Runtime.getRuntime().addShutdownHook(new Thread(databases::dropAll, "multids-test-databases-cleanup"));
		return databases;
	}

	private static DatabaseServer locate(Vendor vendor) {
		DatabaseServer server = DatabaseServer.fromEnvironment(vendor);
		SQLException problem = server.ping();
		if (problem == null) {
			return server;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(server + " is not reachable (" + problem.getMessage()
					+ "). CI=true, so the integration tests fail instead of being skipped: start the server, or point"
					+ " the tests at one with " + vendor.environmentVariables() + ".", problem);
		}
		if (isDockerAvailable()) {
			return startContainer(vendor);
		}
		String reason = server + " is not reachable (" + problem.getMessage()
				+ ") and Docker is not available, so the integration tests are skipped. Point them at a server with "
				+ vendor.environmentVariables() + ", or install Docker to run them on Testcontainers.";
		System.err.println("WARNING: " + reason);
		throw new TestAbortedException(reason);
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	private static DatabaseServer startContainer(Vendor vendor) {
		JdbcDatabaseContainer<?> container = vendor.container();
		container.start();
		return new DatabaseServer(vendor, container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private void createAll() {
		try {
			this.postgres.execute(Vendor.POSTGRESQL.createDatabase(this.name));
			this.mysql.execute(Vendor.MYSQL.createDatabase(this.name));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + this.name + ": " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * Create one more empty database on the MariaDB/MySQL server, for a test that needs
	 * its events source unmigrated; it is dropped with the others.
	 * @param suffix appended to this run's database name
	 * @return the new database
	 */
	public synchronized Database createEventsDatabase(String suffix) {
		String extra = this.name + "_" + suffix;
		try {
			this.mysql.execute(Vendor.MYSQL.createDatabase(extra));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + extra + ": " + ex.getMessage(), ex);
		}
		this.extraEventsDatabases.add(extra);
		return new Database(this.mysql, this.mysql.urlOf(extra));
	}

	private void dropAll() {
		drop(this.postgres);
		drop(this.mysql);
		for (String extra : this.extraEventsDatabases) {
			try {
				this.mysql.execute(Vendor.MYSQL.dropDatabase(extra));
			}
			catch (SQLException ex) {
				System.err.println("Could not drop test database " + extra + ": " + ex.getMessage());
			}
		}
	}

	private void drop(DatabaseServer server) {
		try {
			server.execute(server.vendor().dropDatabase(this.name));
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + this.name + " on " + server + ": " + ex.getMessage());
		}
	}

	/**
	 * Return the name shared by the databases of this run.
	 * @return the database name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the database that backs the {@code orders} source.
	 * @return the orders database
	 */
	public Database orders() {
		return new Database(this.postgres, this.postgres.urlOf(this.name));
	}

	/**
	 * Return the database that backs the {@code events} source.
	 * @return the events database
	 */
	public Database events() {
		return new Database(this.mysql, this.mysql.urlOf(this.name));
	}

	/**
	 * Return the properties that point the shop's sources at these databases.
	 * @return the properties
	 */
	public Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.putAll(orders().properties("orders"));
		properties.putAll(events().properties("events"));
		return properties;
	}

}
