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
package com.acme.replicas;

import java.util.Map;

import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import io.github.multids.autoconfigure.replicas.Replica;
import io.github.multids.autoconfigure.replicas.ReplicaSet;
import io.github.multids.test.ReplicatedDatabase;
import io.github.multids.test.ReplicatedServers;
import io.github.multids.test.ReplicatedServersCondition;
import io.github.multids.test.Replication;
import io.github.multids.test.Vendor;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica url that points at the replica of another database (a typo, a configuration
 * copied from another source) never serves reads: the replica is DOWN, saying why, and
 * the primary serves the source's reads.
 *
 * @author multids
 */
@ExtendWith(ReplicatedServersCondition.class)
class WrongReplicaUrlTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class));

	@ParameterizedTest
	@EnumSource(Vendor.class)
	void aReplicaOfAnotherDatabaseServesNoReads(Vendor vendor) {
		Replication replication = ReplicatedServers.get(vendor);
		ReplicatedDatabase orders = replication.createDatabase();
		ReplicatedDatabase other = replication.createDatabase();
		String replica = replication.replicas().get(0).name();
		Map<String, Object> properties = orders.primary().properties("stock");
		this.contextRunner
			.withPropertyValues(properties.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new))
			.withPropertyValues("datasources.stock.replicas." + replica + ".url=" + other.replica(replica).url(),
					"datasources.stock.read.check-interval=100ms")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				ReplicaSet replicas = ReplicaSet.of(context.getBean("stockDataSource"));
				Replica wrong = replicas.replicas().get(0);
				assertThat(wrong.state()).isEqualTo(Replica.State.DOWN);
				assertThat(wrong.error()).startsWith("it is not a replica of the source's database");
				TransactionTemplate readOnly = new TransactionTemplate(
						context.getBean("stockTransactionManager", PlatformTransactionManager.class));
				readOnly.setReadOnly(true);
				JdbcClient client = context.getBean("stockJdbcClient", JdbcClient.class);
				String sql = (vendor == Vendor.POSTGRESQL) ? "select current_database() || ':' || inet_server_port()"
						: "select concat(database(), ':', @@port)";
				String served = readOnly.execute((status) -> client.sql(sql).query(String.class).single());
				assertThat(served).isEqualTo(
						orders.primary().url().replaceAll(".*/([^/?]+).*", "$1") + ":" + orders.primary().port());
				assertThat(wrong.reads()).isZero();
				assertThat(replicas.primaryReads()).isEqualTo(1);
			});
	}

}
