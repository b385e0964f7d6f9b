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
package com.example.replicas;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import com.jayway.jsonpath.JsonPath;
import io.github.multids.test.Database;
import io.github.multids.test.Replica;
import io.github.multids.test.ReplicatedDatabase;
import io.github.multids.test.ReplicatedServers;
import io.github.multids.test.Replication;
import io.github.multids.test.Vendor;
import org.opentest4j.TestAbortedException;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vendor's replication as a replica test class sees it: a fresh replicated database
 * with the {@code item} table for source {@code orders}, read back over plain JDBC, and
 * the helpers that poll and call the running shop.
 *
 * @author multids
 */
final class ReplicatedShop {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Vendor vendor;

	private ReplicatedDatabase database;

	private ReplicatedShop(Vendor vendor) {
		this.vendor = vendor;
	}

	static ReplicatedShop of(Vendor vendor) {
		return new ReplicatedShop(vendor);
	}

	/**
	 * Create the database and point {@code orders} and its replicas at it.
	 * @param registry the test's dynamic properties
	 */
	void register(DynamicPropertyRegistry registry) {
		Replication replication;
		try {
			replication = replication();
		}
		catch (TestAbortedException ex) {
			// Outside CI without replication: the tests are skipped, but process-test-aot
			// still builds the context, on urls that are never connected to
			registerUnavailable(registry);
			return;
		}
		ReplicatedDatabase database = replication.createDatabase();
		execute(database.primary(), "create table item (id bigint primary key, name varchar(100))");
		replication.replicas().forEach(replication::awaitCaughtUp);
		this.database = database;
		database.properties("orders").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("replicas.port-query", this::portQuery);
	}

	private void registerUnavailable(DynamicPropertyRegistry registry) {
		String url = (this.vendor == Vendor.POSTGRESQL) ? "jdbc:postgresql://127.0.0.1:%d/multids_unavailable"
				: "jdbc:mysql://127.0.0.1:%d/multids_unavailable";
		int port = (this.vendor == Vendor.POSTGRESQL) ? 5432 : 3307;
		registry.add("datasources.orders.url", () -> url.formatted(port));
		registry.add("datasources.orders.replicas.r1.url", () -> url.formatted(port + 1));
		if (this.vendor == Vendor.POSTGRESQL) {
			registry.add("datasources.orders.replicas.r2.url", () -> url.formatted(port + 2));
		}
		registry.add("replicas.port-query", this::portQuery);
	}

	Vendor vendor() {
		return this.vendor;
	}

	Replication replication() {
		return ReplicatedServers.get(this.vendor);
	}

	ReplicatedDatabase database() {
		return this.database;
	}

	String portQuery() {
		return (this.vendor == Vendor.POSTGRESQL) ? "select inet_server_port()" : "select @@port";
	}

	int primaryPort() {
		return this.database.primary().port();
	}

	int port(Replica replica) {
		return this.database.on(replica).port();
	}

	Set<Integer> replicaPorts() {
		Set<Integer> ports = new LinkedHashSet<>();
		replication().replicas().forEach((replica) -> ports.add(port(replica)));
		return ports;
	}

	/**
	 * Pause replay on every replica.
	 * @return the outage that resumes them all
	 */
	AllPaused pauseAll() {
		return new AllPaused(replication());
	}

	/**
	 * Write an item to the primary over plain JDBC, bypassing multids.
	 * @param id the id
	 * @param name the name
	 */
	void insertOnPrimary(long id, String name) {
		execute(this.database.primary(), "insert into item (id, name) values (" + id + ", '" + name + "')");
	}

	/**
	 * Return whether a database has the item, read over plain JDBC.
	 * @param database the database
	 * @param id the item
	 * @return whether it has it
	 */
	static boolean has(Database database, long id) {
		try (Connection connection = database.connect();
				PreparedStatement statement = connection.prepareStatement("select count(*) from item where id = ?")) {
			statement.setLong(1, id);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1) == 1;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read item " + id + " on " + database.url(), ex);
		}
	}

	/**
	 * Return the number of rows of the item table, read over plain JDBC.
	 * @param database the database
	 * @param fromId the lowest id counted
	 * @return the count
	 */
	static int count(Database database, long fromId) {
		try (Connection connection = database.connect();
				PreparedStatement statement = connection.prepareStatement("select count(*) from item where id >= ?")) {
			statement.setLong(1, fromId);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not count items on " + database.url(), ex);
		}
	}

	private static void execute(Database database, String sql) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + database.url(), ex);
		}
	}

	/**
	 * Run work on a new thread, so that it is a caller that wrote nothing yet (the test
	 * thread may have written in an earlier test).
	 * @param <T> the result type
	 * @param work the work
	 * @return its result
	 * @throws Exception its failure
	 */
	static <T> T onFreshThread(Callable<T> work) throws Exception {
		FutureTask<T> task = new FutureTask<>(work);
		Thread thread = new Thread(task, "replica-test-caller");
		thread.start();
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Exception exception) {
				throw exception;
			}
			throw (Error) ex.getCause();
		}
	}

	/**
	 * Poll until the condition holds, failing after the patience.
	 * @param patience how long to wait
	 * @param what what is awaited, for the failure
	 * @param condition the condition
	 * @throws Exception the condition's failure
	 */
	static void eventually(Duration patience, String what, Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.call()) {
			assertThat(System.nanoTime() - deadline).as("%s within %s", what, patience).isNegative();
			Thread.sleep(50);
		}
	}

	static String status(int port, String path) throws Exception {
		return JsonPath.read(get(port, path, null).body(), "$.status");
	}

	static HttpResponse<String> get(int port, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(int port, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Replay paused on every replica, resumed on all by {@link #close()}.
	 */
	static final class AllPaused implements AutoCloseable {

		private final java.util.List<io.github.multids.test.ReplicaOutage> outages = new java.util.ArrayList<>();

		private AllPaused(Replication replication) {
			try {
				for (Replica replica : replication.replicas()) {
					this.outages.add(replication.pauseReplay(replica));
				}
			}
			catch (RuntimeException ex) {
				close();
				throw ex;
			}
		}

		@Override
		public void close() {
			for (int i = this.outages.size() - 1; i >= 0; i--) {
				this.outages.get(i).close();
			}
		}

	}

}
