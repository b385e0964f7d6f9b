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

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One vendor's primary with its read replicas, on loopback: fresh replicated databases
 * and the outages that replica tests need (replay paused, replica stopped).
 * <p>
 * Every outage is a {@link ReplicaOutage}: close it in try-with-resources (or call
 * {@link #resumeReplay(Replica)} / {@link #start(Replica)} in a finally block).
 * {@link ReplicatedServersCondition} also undoes, after each test, whatever its test left
 * open.
 *
 * @author multids
 */
public final class Replication {

	private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(30);

	private final ReplicationDialect dialect;

	private final DatabaseServer primary;

	private final List<Replica> replicas;

	private final AtomicInteger databases = new AtomicInteger();

	private final OpenOutages outages = new OpenOutages();

	Replication(ReplicationDialect dialect) {
		this.dialect = dialect;
		this.primary = dialect.primary();
		this.replicas = dialect.replicas()
			.entrySet()
			.stream()
			.map((e) -> new Replica(e.getKey(), e.getValue()))
			.toList();
	}

	/**
	 * Return the primary, the server to write to.
	 * @return the primary
	 */
	public DatabaseServer primary() {
		return this.primary;
	}

	/**
	 * Return the replicas, by name.
	 * @return the replicas ({@code r1}, {@code r2}, ...)
	 */
	public List<Replica> replicas() {
		return this.replicas;
	}

	/**
	 * Return the named replica.
	 * @param name the replica's name, such as {@code r1}
	 * @return the replica
	 * @throws IllegalArgumentException if there is no such replica
	 */
	public Replica replica(String name) {
		return this.replicas.stream()
			.filter((replica) -> replica.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No replica named '" + name + "' of " + this.primary
					+ "; the replicas are " + this.replicas.stream().map(Replica::name).toList() + "."));
	}

	/**
	 * Create a fresh database of the run on the primary and wait until every replica has
	 * it. It is dropped when the JVM exits.
	 * @return the database on the primary and on each replica
	 */
	public ReplicatedDatabase createDatabase() {
		Database primary = FreshDatabases.create(this.primary, "replicated" + this.databases.incrementAndGet());
		String name = primary.url().replaceFirst("^.*/([^/?]+).*$", "$1");
		Map<String, Database> replicas = new LinkedHashMap<>();
		for (Replica replica : this.replicas) {
			awaitCaughtUp(replica);
			replicas.put(replica.name(), new Database(replica.server(), replica.server().urlOf(name)));
		}
		return new ReplicatedDatabase(primary, replicas);
	}

	/**
	 * Pause the replica's replay: writes on the primary no longer show on it, the
	 * deterministic form of replication lag. The replica still accepts connections.
	 * @param replica the replica
	 * @return the outage, whose {@code close()} resumes replay
	 */
	public ReplicaOutage pauseReplay(Replica replica) {
		run(replica, "pause the replay of", () -> withConnection(replica, this.dialect::pause));
		return this.outages.open(() -> resumeReplay(replica));
	}

	/**
	 * Resume the replica's replay.
	 * @param replica the replica
	 */
	public void resumeReplay(Replica replica) {
		run(replica, "resume the replay of", () -> withConnection(replica, this.dialect::resume));
	}

	/**
	 * Wait until the replica has replayed the primary's current position (PostgreSQL: WAL
	 * LSN, MariaDB: GTID), at most 30 seconds.
	 * @param replica the replica
	 * @throws IllegalStateException if it has not caught up in time
	 */
	public void awaitCaughtUp(Replica replica) {
		run(replica, "wait for", () -> {
			String position;
			try (Connection primary = this.primary.connect(this.primary.url())) {
				position = this.dialect.primaryPosition(primary);
			}
			try (Connection connection = replica.server().connect(replica.server().url())) {
				if (!this.dialect.replayed(connection, position, CATCH_UP_TIMEOUT)) {
					throw new SQLException("it has not replayed the primary's position " + position + " within "
							+ CATCH_UP_TIMEOUT.toSeconds() + " s: is its replay paused or the replica stopped?");
				}
			}
		});
	}

	/**
	 * Stop the replica's server (PostgreSQL: fast shutdown): it refuses connections until
	 * started again.
	 * @param replica the replica
	 * @return the outage, whose {@code close()} starts the replica again
	 */
	public ReplicaOutage stop(Replica replica) {
		ReplicationScript.run("stop", this.dialect.scriptName(), replica.name());
		return this.outages.open(() -> start(replica));
	}

	/**
	 * Start the replica's server and wait until it accepts connections; it replicates
	 * again from where it stopped.
	 * @param replica the replica
	 */
	public void start(Replica replica) {
		ReplicationScript.run("start", this.dialect.scriptName(), replica.name());
	}

	/**
	 * Undo every outage left open, in reverse order.
	 */
	void undoOutages() {
		this.outages.undoAll();
	}

	SQLException ping() {
		SQLException problem = this.primary.ping();
		for (int i = 0; problem == null && i < this.replicas.size(); i++) {
			problem = this.replicas.get(i).server().ping();
		}
		return problem;
	}

	private void withConnection(Replica replica, SqlAction action) throws SQLException {
		try (Connection connection = replica.server().connect(replica.server().url())) {
			action.run(connection);
		}
	}

	private static void run(Replica replica, String what, SqlTask task) {
		try {
			task.run();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not " + what + " " + replica + ": " + ex.getMessage(), ex);
		}
	}

	private interface SqlAction {

		void run(Connection connection) throws SQLException;

	}

	private interface SqlTask {

		void run() throws SQLException;

	}

	@Override
	public String toString() {
		return this.primary + " with " + this.replicas;
	}

}
