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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a vendor's replication of the test run listens, as {@code replication.sh} sets it
 * up, and the SQL that pauses it and reads its positions.
 *
 * @author multids
 */
enum ReplicationDialect {

	POSTGRESQL(Vendor.POSTGRESQL, "postgresql", 5432, "jdbc:postgresql://127.0.0.1:%d/postgres", "postgres",
			Map.of("r1", 5433, "r2", 5434), "select pg_wal_replay_pause()", "select pg_wal_replay_resume()") {

		@Override
		String primaryPosition(Connection primary) throws SQLException {
			return queryString(primary, "select pg_current_wal_lsn()::text");
		}

		@Override
		boolean replayed(Connection replica, String position, Duration timeout) throws SQLException {
			long deadline = System.nanoTime() + timeout.toNanos();
			try (PreparedStatement statement = replica
				.prepareStatement("select coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false)")) {
				statement.setString(1, position);
				while (!queryBoolean(statement)) {
					if (System.nanoTime() > deadline) {
						return false;
					}
					sleep();
				}
				return true;
			}
		}

	},

	MYSQL(Vendor.MYSQL, "mariadb", 3307, "jdbc:mysql://127.0.0.1:%d/", "root", Map.of("r1", 3308),
			"STOP SLAVE SQL_THREAD", "START SLAVE SQL_THREAD") {

		@Override
		String primaryPosition(Connection primary) throws SQLException {
			return queryString(primary, "select @@gtid_binlog_pos");
		}

		@Override
		boolean replayed(Connection replica, String position, Duration timeout) throws SQLException {
			try (PreparedStatement statement = replica.prepareStatement("select master_gtid_wait(?, ?)")) {
				statement.setString(1, position);
				statement.setDouble(2, timeout.toMillis() / 1000.0);
				try (ResultSet result = statement.executeQuery()) {
					return result.next() && result.getInt(1) == 0;
				}
			}
		}

	};

	private final Vendor vendor;

	private final String scriptName;

	private final int primaryPort;

	private final String urlPattern;

	private final String user;

	private final Map<String, Integer> replicaPorts;

	private final String pauseSql;

	private final String resumeSql;

	ReplicationDialect(Vendor vendor, String scriptName, int primaryPort, String urlPattern, String user,
			Map<String, Integer> replicaPorts, String pauseSql, String resumeSql) {
		this.vendor = vendor;
		this.scriptName = scriptName;
		this.primaryPort = primaryPort;
		this.urlPattern = urlPattern;
		this.user = user;
		this.replicaPorts = replicaPorts;
		this.pauseSql = pauseSql;
		this.resumeSql = resumeSql;
	}

	static ReplicationDialect of(Vendor vendor) {
		return (vendor == Vendor.POSTGRESQL) ? POSTGRESQL : MYSQL;
	}

	/**
	 * Return the vendor's name in {@code replication.sh stop|start <vendor> <replica>}.
	 */
	String scriptName() {
		return this.scriptName;
	}

	DatabaseServer primary() {
		return server(this.primaryPort);
	}

	Map<String, DatabaseServer> replicas() {
		Map<String, DatabaseServer> replicas = new LinkedHashMap<>();
		this.replicaPorts.keySet()
			.stream()
			.sorted()
			.forEach((name) -> replicas.put(name, server(this.replicaPorts.get(name))));
		return replicas;
	}

	private DatabaseServer server(int port) {
		return new DatabaseServer(this.vendor, this.urlPattern.formatted(port), this.user, "");
	}

	void pause(Connection replica) throws SQLException {
		execute(replica, this.pauseSql);
	}

	void resume(Connection replica) throws SQLException {
		execute(replica, this.resumeSql);
	}

	/**
	 * Return the primary's current replication position: a WAL LSN or a GTID set.
	 */
	abstract String primaryPosition(Connection primary) throws SQLException;

	/**
	 * Wait until the replica has replayed the position, at most for the timeout.
	 * @return whether it has
	 */
	abstract boolean replayed(Connection replica, String position, Duration timeout) throws SQLException;

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String queryString(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static boolean queryBoolean(PreparedStatement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery()) {
			return result.next() && result.getBoolean(1);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a replica to catch up", ex);
		}
	}

}
