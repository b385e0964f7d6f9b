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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Replication} on real replication, over plain JDBC.
 *
 * @author multids
 */
@ExtendWith(ReplicatedServersCondition.class)
class ReplicationTests {

	@ParameterizedTest
	@EnumSource(Vendor.class)
	void rowWrittenOnThePrimaryArrivesOnEveryReplica(Vendor vendor) throws SQLException {
		Replication replication = ReplicatedServers.get(vendor);
		ReplicatedDatabase database = createTable(replication);
		insert(database.primary(), 1);
		for (Replica replica : replication.replicas()) {
			replication.awaitCaughtUp(replica);
			assertThat(ids(database.on(replica))).as("%s", replica).containsExactly(1);
		}
	}

	@ParameterizedTest
	@EnumSource(Vendor.class)
	void rowIsAbsentFromAPausedReplicaUntilReplayResumes(Vendor vendor) throws SQLException {
		Replication replication = ReplicatedServers.get(vendor);
		ReplicatedDatabase database = createTable(replication);
		Replica replica = replication.replica("r1");
		try (ReplicaOutage paused = replication.pauseReplay(replica)) {
			insert(database.primary(), 2);
			assertThat(ids(database.primary())).containsExactly(2);
			sleepLongerThanReplicationTakes();
			assertThat(ids(database.on(replica))).isEmpty();
		}
		replication.awaitCaughtUp(replica);
		assertThat(ids(database.on(replica))).containsExactly(2);
	}

	@ParameterizedTest
	@EnumSource(Vendor.class)
	void stoppedReplicaRefusesConnectionsAndIsBackAfterStart(Vendor vendor) throws SQLException {
		Replication replication = ReplicatedServers.get(vendor);
		ReplicatedDatabase database = createTable(replication);
		Replica replica = replication.replicas().get(replication.replicas().size() - 1);
		try (ReplicaOutage stopped = replication.stop(replica)) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> database.on(replica).connect().close());
			insert(database.primary(), 3);
		}
		replication.awaitCaughtUp(replica);
		assertThat(ids(database.on(replica))).containsExactly(3);
	}

	private static ReplicatedDatabase createTable(Replication replication) throws SQLException {
		ReplicatedDatabase database = replication.createDatabase();
		execute(database.primary(), "create table item (id int primary key)");
		replication.replicas().forEach(replication::awaitCaughtUp);
		return database;
	}

	private static void insert(Database database, int id) throws SQLException {
		execute(database, "insert into item (id) values (" + id + ")");
	}

	private static void execute(Database database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<Integer> ids(Database database) throws SQLException {
		List<Integer> ids = new ArrayList<>();
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select id from item order by id")) {
			while (result.next()) {
				ids.add(result.getInt(1));
			}
		}
		return ids;
	}

	private static void sleepLongerThanReplicationTakes() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
