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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import io.github.multids.autoconfigure.replicas.Replica;
import io.github.multids.autoconfigure.replicas.ReplicaSet;
import io.github.multids.test.ReplicaOutage;
import io.github.multids.test.ReplicatedServersCondition;
import io.github.multids.test.Replication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas that cannot serve, for one vendor, on a shop with a small {@code max-lag} and
 * one more replica, {@code gone}, on a port where no server listens: the replica beyond
 * {@code max-lag} takes no reads and is out of service, the unreachable one is down from
 * startup with a warning, and neither takes readiness down.
 *
 * @author multids
 */
@ExtendWith({ ReplicatedServersCondition.class, OutputCaptureExtension.class })
// No other class shares this context: closed after the class, so that its pools give
// their connections back to the servers the rest of the suite uses
@DirtiesContext
@SpringBootTest(classes = ReplicaShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=replicas", "datasources.orders.read.max-lag=2s" })
abstract class ReplicaHealthScenarios {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final AtomicLong ids = new AtomicLong(5000);

	@Autowired
	ApplicationContext context;

	@Autowired
	ItemDesk desk;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	abstract ReplicatedShop shop();

	@Test
	void aReplicaBeyondMaxLagTakesNoReadsAndIsOutOfServiceWhileReadinessStaysUp(CapturedOutput output)
			throws Exception {
		Replication replication = shop().replication();
		Replica r1 = replica("r1");
		long id = ids.incrementAndGet();
		try (ReplicaOutage paused = replication.pauseReplay(replication.replica("r1"))) {
			ReplicatedShop.eventually(PATIENCE, "r1 LAGGING", () -> {
				shop().insertOnPrimary(ids.incrementAndGet(), "behind");
				return r1.state() == Replica.State.LAGGING;
			});
			String health = ReplicatedShop.get(this.port, "/actuator/health/datasources/orders/r1", null).body();
			assertThat((String) JsonPath.read(health, "$.status")).isEqualTo("OUT_OF_SERVICE");
			assertThat((String) JsonPath.read(health, "$.details.state")).isEqualTo("lagging");
			assertThat(((Number) JsonPath.read(health, "$.details.lagMs")).longValue()).isGreaterThan(2000);
			assertThat(ReplicatedShop.status(this.port, "/actuator/health/readiness")).isEqualTo("UP");
			assertThat(ReplicatedShop.status(this.port, "/actuator/health/datasources/orders/primary")).isEqualTo("UP");
			assertThat(output).containsPattern("WARN .*Replica 'orders.r1' of source 'orders' is LAGGING "
					+ "\\(\\d+ ms behind, more than max-lag 2000 ms\\): it serves no reads");
			assertThat(
					this.meters.get("multids.replica.lag").tag("source", "orders").tag("replica", "r1").gauge().value())
				.isGreaterThan(2.0);
			shop().insertOnPrimary(id, "newest");
			long r1Reads = r1.reads();
			for (int i = 0; i < 20; i++) {
				ServedRead read = ReplicatedShop.onFreshThread(() -> this.desk.readOnly(id));
				assertThat(read.port()).isNotEqualTo(shop().port(replication.replica("r1")));
			}
			assertThat(r1.reads()).isEqualTo(r1Reads);
			assertThat(ReplicatedShop.has(shop().database().replica("r1"), id)).isFalse();
		}
		ReplicatedShop.eventually(PATIENCE, "r1 serving again", () -> r1.state() == Replica.State.SERVING);
		assertThat(ReplicatedShop.status(this.port, "/actuator/health/datasources/orders/r1")).isEqualTo("UP");
		ReplicatedShop.eventually(PATIENCE, "r1 serving the newest row", () -> {
			ServedRead read = ReplicatedShop.onFreshThread(() -> this.desk.readOnly(id));
			return read.port() == shop().port(replication.replica("r1")) && read.found();
		});
	}

	@Test
	void aReplicaUnreachableAtStartupIsDownWithAWarningAndTheOthersServe(CapturedOutput output) throws Exception {
		Replica gone = replica("gone");
		assertThat(gone.state()).isEqualTo(Replica.State.DOWN);
		assertThat(gone.error()).isNotBlank();
		assertThat(output.getAll().lines().filter((line) -> line.contains("Replica 'orders.gone'")))
			.anySatisfy((line) -> assertThat(line).contains(" WARN ")
				.contains("Replica 'orders.gone' of source 'orders' cannot be reached at"))
			.anySatisfy(
					(line) -> assertThat(line).contains("Replica 'orders.gone' of source 'orders': ").contains("down"));
		for (io.github.multids.test.Replica replica : shop().replication().replicas()) {
			assertThat(output).contains("Replica 'orders." + replica.name() + "' of source 'orders': "
					+ shop().database().on(replica).url());
		}
		String health = ReplicatedShop.get(this.port, "/actuator/health/datasources/orders/gone", null).body();
		assertThat((String) JsonPath.read(health, "$.status")).isEqualTo("DOWN");
		assertThat((String) JsonPath.read(health, "$.details.error")).isNotBlank();
		assertThat(ReplicatedShop.status(this.port, "/actuator/health/readiness")).isEqualTo("UP");
		for (int i = 0; i < 20; i++) {
			ServedRead read = ReplicatedShop.onFreshThread(() -> this.desk.readOnly(1));
			assertThat(read.port()).isIn(shop().replicaPorts());
		}
		assertThat(gone.reads()).isZero();
		String routing = ReplicatedShop.get(this.port, "/actuator/datasources", null).body();
		List<Map<String, Object>> replicas = JsonPath.read(routing, "$..reads.replicas[?(@.name == 'gone')]");
		assertThat(replicas).singleElement().satisfies((replica) -> assertThat(replica).containsEntry("state", "down"));
	}

	private Replica replica(String name) {
		return ReplicaSet.of(this.context.getBean("ordersDataSource"))
			.replicas()
			.stream()
			.filter((replica) -> replica.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
