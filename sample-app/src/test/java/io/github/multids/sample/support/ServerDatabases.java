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

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Fresh databases on the PostgreSQL and MySQL/MariaDB servers of the test run, named
 * {@code multids_<random>_<n>} and dropped when the JVM exits.
 * <p>
 * The servers come from {@code MULTIDS_TEST_POSTGRES_*} and {@code MULTIDS_TEST_MYSQL_*}
 * (defaults: local servers on 127.0.0.1, users {@code postgres} and {@code root}, empty
 * passwords). When one is unreachable the tests fail under {@code CI=true}, else run on
 * Testcontainers when Docker is available, else are skipped with a message.
 *
 * @author multids
 */
public final class ServerDatabases {

	private static final String RUN = "multids_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private static final Map<Vendor, DatabaseServer> servers = new EnumMap<>(Vendor.class);

	private static final List<Runnable> drops = new ArrayList<>();

	static {
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> drops.forEach(Runnable::run), "multids-test-databases-cleanup"));
	}

	private ServerDatabases() {
	}

	/**
	 * Create a fresh database on the vendor's server and point a source at it.
	 * @param registry where to add the source's properties
	 * @param source the source name
	 * @param vendor the kind of server
	 */
	public static void register(DynamicPropertyRegistry registry, String source, Vendor vendor) {
		DatabaseServer server = server(vendor);
		String url = server.urlOf(create(server));
		String prefix = "datasources." + source + ".";
		registry.add(prefix + "url", () -> url);
		registry.add(prefix + "username", server::user);
		registry.add(prefix + "password", server::password);
	}

	/**
	 * Return the vendor's server, located once.
	 * @param vendor the kind of server
	 * @return the server
	 * @throws TestAbortedException when it is unreachable outside CI and without Docker
	 * @throws IllegalStateException when it is unreachable under CI
	 */
	static synchronized DatabaseServer server(Vendor vendor) {
		DatabaseServer server = servers.get(vendor);
		if (server == null) {
			server = locate(vendor);
			servers.put(vendor, server);
		}
		return server;
	}

	private static DatabaseServer locate(Vendor vendor) {
		DatabaseServer server = DatabaseServer.fromEnvironment(vendor);
		SQLException problem = server.ping();
		if (problem == null) {
			return server;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(server + " is not reachable (" + problem.getMessage()
					+ "). CI=true, so the sample's server tests fail instead of being skipped: start the server, or"
					+ " point the tests at one with " + vendor.environmentVariables() + ".", problem);
		}
		if (isDockerAvailable()) {
			return startContainer(vendor);
		}
		String reason = server + " is not reachable (" + problem.getMessage()
				+ ") and Docker is not available, so the sample's server tests are skipped. Point them at a server"
				+ " with " + vendor.environmentVariables() + ", or install Docker to run them on Testcontainers.";
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

	private static synchronized String create(DatabaseServer server) {
		String name = RUN + "_" + (drops.size() + 1);
		try {
			server.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name + " on " + server, ex);
		}
		drops.add(() -> drop(server, name));
		return name;
	}

	private static void drop(DatabaseServer server, String name) {
		try {
			server.execute(server.vendor().dropDatabase(name));
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + " on " + server + ": " + ex.getMessage());
		}
	}

}
