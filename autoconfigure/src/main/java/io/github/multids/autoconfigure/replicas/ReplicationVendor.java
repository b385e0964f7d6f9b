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
package io.github.multids.autoconfigure.replicas;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How far a database's primary has written and a replica has replayed: PostgreSQL's WAL
 * position, MariaDB's GTID position per domain, MySQL's executed GTID set.
 *
 * @author multids
 */
enum ReplicationVendor {

	/**
	 * PostgreSQL streaming replication: the primary's WAL write position against the
	 * replica's replay position.
	 */
	POSTGRESQL("SELECT pg_current_wal_lsn()::text", "SELECT pg_last_wal_replay_lsn()::text",
			"SELECT current_database() || ' of cluster ' || system_identifier FROM pg_control_system()") {

		@Override
		Object parse(String position) {
			int slash = position.indexOf('/');
			return (Long.parseUnsignedLong(position.substring(0, slash), 16) << 32)
					| Long.parseUnsignedLong(position.substring(slash + 1), 16);
		}

		@Override
		boolean reached(Object replayed, Object primary) {
			return Long.compareUnsigned((Long) replayed, (Long) primary) >= 0;
		}

		@Override
		long bytesBehind(Object primary, Object replayed) {
			return Math.max(0, (Long) primary - (Long) replayed);
		}

	},

	/**
	 * MariaDB GTID replication: the primary's binlog GTID position against the GTIDs the
	 * replica has applied, domain by domain.
	 */
	MARIADB("SELECT @@GLOBAL.gtid_binlog_pos", "SELECT @@GLOBAL.gtid_slave_pos", "SELECT DATABASE()") {

		@Override
		Object parse(String position) {
			Map<Long, Long> sequences = new HashMap<>();
			for (String gtid : position.split(",")) {
				String[] parts = gtid.trim().split("-");
				if (parts.length == 3) {
					sequences.merge(Long.parseLong(parts[0]), Long.parseUnsignedLong(parts[2]), Math::max);
				}
			}
			return sequences;
		}

		@Override
		@SuppressWarnings("unchecked")
		boolean reached(Object replayed, Object primary) {
			Map<Long, Long> applied = (Map<Long, Long>) replayed;
			for (Map.Entry<Long, Long> domain : ((Map<Long, Long>) primary).entrySet()) {
				Long sequence = applied.get(domain.getKey());
				if (sequence == null || Long.compareUnsigned(sequence, domain.getValue()) < 0) {
					return false;
				}
			}
			return true;
		}

	},

	/**
	 * MySQL GTID replication: the primary's executed GTID set against the replica's.
	 */
	MYSQL("SELECT @@GLOBAL.gtid_executed", "SELECT @@GLOBAL.gtid_executed", "SELECT DATABASE()") {

		@Override
		Object parse(String position) {
			Map<String, List<long[]>> intervals = new HashMap<>();
			for (String set : position.replace("\n", "").split(",")) {
				String[] parts = set.trim().split(":");
				if (parts.length < 2) {
					continue;
				}
				List<long[]> ranges = intervals.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT),
						(uuid) -> new ArrayList<>());
				for (int i = 1; i < parts.length; i++) {
					String[] range = parts[i].split("-");
					long from = Long.parseLong(range[0]);
					ranges.add(new long[] { from, (range.length > 1) ? Long.parseLong(range[1]) : from });
				}
			}
			return intervals;
		}

		@Override
		@SuppressWarnings("unchecked")
		boolean reached(Object replayed, Object primary) {
			Map<String, List<long[]>> executed = (Map<String, List<long[]>>) replayed;
			for (Map.Entry<String, List<long[]>> source : ((Map<String, List<long[]>>) primary).entrySet()) {
				List<long[]> have = executed.getOrDefault(source.getKey(), List.of());
				for (long[] range : source.getValue()) {
					if (have.stream().noneMatch((covering) -> covering[0] <= range[0] && range[1] <= covering[1])) {
						return false;
					}
				}
			}
			return true;
		}

	},

	/**
	 * A database whose replication position multids cannot read: a replica counts as
	 * caught up with writes older than `max-lag`, and its lag is not known.
	 */
	UNKNOWN("", "", "") {

		@Override
		Object parse(String position) {
			return position;
		}

		@Override
		boolean reached(Object replayed, Object primary) {
			return false;
		}

	};

	private final String primaryQuery;

	private final String replicaQuery;

	private final String identityQuery;

	ReplicationVendor(String primaryQuery, String replicaQuery, String identityQuery) {
		this.primaryQuery = primaryQuery;
		this.replicaQuery = replicaQuery;
		this.identityQuery = identityQuery;
	}

	/**
	 * Return what a replica of a database has in common with it: the database name (and,
	 * on PostgreSQL, the cluster's system identifier, which a streaming replica shares).
	 * @param connection a connection to the primary or a replica
	 * @return the identity, {@code null} when not known
	 * @throws SQLException when it cannot be read
	 */
	@Nullable String identity(Connection connection) throws SQLException {
		return isTracked() ? query(connection, this.identityQuery) : null;
	}

	/**
	 * Tell the replication of the database a connection is open to.
	 * @param connection the connection
	 * @return the vendor
	 * @throws SQLException when the metadata cannot be read
	 */
	static ReplicationVendor of(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
		String version = metaData.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
		if (product.contains("postgresql")) {
			return POSTGRESQL;
		}
		if (product.contains("mariadb") || version.contains("mariadb")) {
			return MARIADB;
		}
		return product.contains("mysql") ? MYSQL : UNKNOWN;
	}

	/**
	 * Return whether positions can be read.
	 * @return whether this vendor's positions are known
	 */
	boolean isTracked() {
		return this != UNKNOWN;
	}

	/**
	 * Read the position the primary has written up to.
	 * @param connection a connection to the primary
	 * @return the position
	 * @throws SQLException when it cannot be read
	 */
	Object primaryPosition(Connection connection) throws SQLException {
		String position = query(connection, this.primaryQuery);
		return parse((position != null) ? position : "");
	}

	/**
	 * Read the position a replica has replayed up to.
	 * @param connection a connection to the replica
	 * @return the position
	 * @throws SQLException when it cannot be read, or the database replays nothing
	 */
	Object replayedPosition(Connection connection) throws SQLException {
		String position = query(connection, this.replicaQuery);
		if (position == null) {
			throw new SQLException("the database is not replaying a primary's changes (it is not a replica)");
		}
		return parse(position);
	}

	private static @Nullable String query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	/**
	 * Turn a position as the database prints it into one that {@link #reached} compares.
	 * @param position the position
	 * @return the parsed position
	 */
	abstract Object parse(String position);

	/**
	 * Return whether a replica that replayed up to {@code replayed} has everything the
	 * primary wrote up to {@code primary}.
	 * @param replayed the replica's position
	 * @param primary the primary's position
	 * @return whether it has caught up with it
	 */
	abstract boolean reached(Object replayed, Object primary);

	/**
	 * Return how many bytes of changes a replica has yet to replay, where the engine
	 * tells.
	 * @param primary the primary's position
	 * @param replayed the replica's position
	 * @return the bytes, or -1 when not known
	 */
	long bytesBehind(Object primary, Object replayed) {
		return -1;
	}

}
