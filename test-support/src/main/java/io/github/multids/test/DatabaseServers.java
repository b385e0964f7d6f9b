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

package io.github.multids.test;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * The PostgreSQL and MySQL/MariaDB servers of the test run, each located once per JVM.
 * <p>
 * A server comes from {@code MULTIDS_TEST_POSTGRES_*} or {@code MULTIDS_TEST_MYSQL_*}
 * (defaults: local servers on 127.0.0.1, users {@code postgres} and {@code root}, empty
 * passwords). When it is unreachable the tests fail under {@code CI=true}, else run on
 * Testcontainers when Docker is available, else are skipped with a message.
 *
 * @author multids
 */
public final class DatabaseServers {

	private static final Map<Vendor, DatabaseServer> servers = new EnumMap<>(Vendor.class);

	private static final Map<Vendor, RuntimeException> failures = new EnumMap<>(Vendor.class);

	private DatabaseServers() {
	}

	/**
	 * Return the vendor's server, locating it on first use.
	 * @param vendor the kind of server
	 * @return the server
	 * @throws TestAbortedException when it is unreachable outside CI and without Docker
	 * @throws IllegalStateException when it is unreachable under CI
	 */
	public static synchronized DatabaseServer get(Vendor vendor) {
		RuntimeException failure = failures.get(vendor);
		if (failure != null) {
			throw failure;
		}
		try {
			return servers.computeIfAbsent(vendor, DatabaseServers::locate);
		}
		catch (RuntimeException ex) {
			failures.put(vendor, ex);
			throw ex;
		}
	}

	private static DatabaseServer locate(Vendor vendor) {
		DatabaseServer server = DatabaseServer.fromEnvironment(vendor);
		SQLException problem = server.ping();
		if (problem == null) {
			return server;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(server + " is not reachable (" + problem.getMessage()
					+ "). CI=true, so the tests that need it fail instead of being skipped: start the server, or point"
					+ " the tests at one with " + vendor.environmentVariables() + ".", problem);
		}
		if (isDockerAvailable()) {
			return startContainer(vendor);
		}
		String reason = server + " is not reachable (" + problem.getMessage()
				+ ") and Docker is not available, so the tests that need it are skipped. Point them at a server with "
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

}
