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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.Vendor;
import org.opentest4j.TestAbortedException;

import org.springframework.context.aot.AbstractAotProcessor;

/**
 * The fresh databases of one test run: {@code multids_<random>} on a PostgreSQL server
 * for {@code orders} and on a MySQL/MariaDB server for {@code events}, dropped when the
 * JVM exits.
 * <p>
 * The servers are those of {@link io.github.multids.test.DatabaseServers}: when one is
 * unreachable the tests fail under {@code CI=true}, else run on Testcontainers when
 * Docker is available, else are skipped.
 *
 * @author multids
 */
public final class TestDatabases {

	private static TestDatabases instance;

	private static RuntimeException failure;

	private final Database orders;

	private final Database events;

	private TestDatabases(Database orders, Database events) {
		this.orders = orders;
		this.events = events;
	}

	/**
	 * Return whether the test contexts are being processed ahead of time. That only
	 * registers bean definitions, which needs each source's vendor, not a database: the
	 * generated tests create the databases when they start.
	 * @return whether ahead-of-time processing is under way
	 */
	public static boolean isAotProcessing() {
		return Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
	}

	/**
	 * Return the properties that stand in for the databases of the run while the test
	 * contexts are processed ahead of time, so that no server is needed then.
	 * @return the properties
	 */
	public static Map<String, Object> aotProcessingProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources.orders.url", "jdbc:postgresql://127.0.0.1:5432/multids_aot");
		properties.put("datasources.events.url", "jdbc:mysql://127.0.0.1:3306/multids_aot");
		return properties;
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
				instance = new TestDatabases(FreshDatabases.create(Vendor.POSTGRESQL),
						FreshDatabases.create(Vendor.MYSQL));
			}
			catch (RuntimeException ex) {
				failure = ex;
				throw ex;
			}
		}
		return instance;
	}

	/**
	 * Create one more empty database on the MariaDB/MySQL server, for a test that needs
	 * its events source unmigrated; it is dropped with the others.
	 * @param suffix appended to this run's database name
	 * @return the new database
	 */
	public Database createEventsDatabase(String suffix) {
		return FreshDatabases.create(Vendor.MYSQL, suffix);
	}

	/**
	 * Return the name shared by the databases of this run.
	 * @return the database name
	 */
	public String name() {
		return FreshDatabases.runName();
	}

	/**
	 * Return the database that backs the {@code orders} source.
	 * @return the orders database
	 */
	public Database orders() {
		return this.orders;
	}

	/**
	 * Return the database that backs the {@code events} source.
	 * @return the events database
	 */
	public Database events() {
		return this.events;
	}

	/**
	 * Return the properties that point the shop's sources at these databases.
	 * @return the properties
	 */
	public Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.putAll(this.orders.properties("orders"));
		properties.putAll(this.events.properties("events"));
		return properties;
	}

}
