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
package com.acme.operations;

import java.util.List;
import java.util.Map;

import com.acme.operations.RunningShop.Response;
import com.acme.support.TestDatabases;
import com.acme.support.TestDatabasesExtension;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads from the actuator of an application on PostgreSQL, MariaDB and
 * H2: health per source, the routing map, Flyway per source, pool metrics, and never a
 * password.
 */
@ExtendWith(TestDatabasesExtension.class)
class OperationsEndpointTests {

	private static final String PASSWORD = "Op3rator-Secret-7781";

	private static RunningShop shop;

	@BeforeAll
	static void startShop() throws Exception {
		Map<String, Object> properties = new java.util.LinkedHashMap<>(TestDatabases.get().properties());
		// PostgreSQL trusts local connections, so any password works there
		properties.put("datasources.orders.password", PASSWORD);
		shop = RunningShop.start(properties);
	}

	@AfterAll
	static void stopShop() throws Exception {
		if (shop != null) {
			shop.close();
		}
	}

	@Test
	void healthHasOneComponentPerSourceAndNoDbComponent() throws Exception {
		Response health = shop.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		Map<String, Object> components = JsonPath.read(health.body(), "$.components");
		assertThat(components).containsKey("datasources").doesNotContainKey("db");
		Map<String, Object> sources = JsonPath.read(health.body(), "$.components.datasources.components");
		assertThat(sources).containsOnlyKeys("orders", "events", "scratch");
	}

	@Test
	void healthOfASourceShowsDatabaseValidationAndPool() throws Exception {
		Response events = shop.get("/actuator/health/datasources/events");
		assertThat(events.status()).isEqualTo(200);
		assertThat((String) JsonPath.read(events.body(), "$.status")).isEqualTo("UP");
		assertThat((String) JsonPath.read(events.body(), "$.details.version")).contains("MariaDB");
		assertThat((Integer) JsonPath.read(events.body(), "$.details.validationTimeMs")).isNotNegative();
		assertThat((Integer) JsonPath.read(events.body(), "$.details.pool.max")).isEqualTo(10);
		assertThat((Integer) JsonPath.read(events.body(), "$.details.pool.total")).isPositive();
		Response orders = shop.get("/actuator/health/datasources/orders");
		assertThat((String) JsonPath.read(orders.body(), "$.details.database")).isEqualTo("PostgreSQL");
	}

	@Test
	void readinessIsUpWhileTheCriticalSourcesAre() throws Exception {
		Response readiness = shop.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat((String) JsonPath.read(readiness.body(), "$.status")).isEqualTo("UP");
	}

	@Test
	void routingMapSaysWhereEachRepositoryWritesAndWhy() throws Exception {
		Response map = shop.get("/actuator/datasources");
		assertThat(map.status()).isEqualTo(200);
		String body = map.body();
		assertThat((String) JsonPath.read(body, "$.defaultSource")).isEqualTo("orders");
		assertThat((List<String>) JsonPath.read(body, "$.sources[*].name")).containsExactly("orders", "events",
				"scratch");
		assertThat(reasonOf(body, "com.acme.orders.PurchaseOrderRepository")).isEqualTo("default source");
		assertThat(reasonOf(body, "com.acme.events.OrderEventRepository")).isEqualTo("package rule com.acme.events");
		assertThat(reasonOf(body, "com.acme.shared.ScratchNoteRepository")).isEqualTo("@UseDataSource(\"scratch\")");
		assertThat((List<List<String>>) JsonPath.read(body, "$.sources[?(@.name == 'events')].entities"))
			.singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly("com.acme.events.OrderEvent");
		assertThat((List<String>) JsonPath.read(body, "$.sources[?(@.name == 'orders')].migrations.currentVersion"))
			.containsExactly("1");
		assertThat((List<Integer>) JsonPath.read(body, "$.sources[?(@.name == 'orders')].migrations.pending"))
			.containsExactly(0);
		assertThat((List<String>) JsonPath.read(body, "$.sources[?(@.name == 'events')].url")).singleElement()
			.asString()
			.startsWith("jdbc:mysql://127.0.0.1:3306/multids_");
	}

	@Test
	void routingMapListsTheBeansAndMethodsAssignedToEachSource() throws Exception {
		String body = shop.get("/actuator/datasources").body();
		assertThat((List<String>) JsonPath.read(body, "$.sources[?(@.name == 'events')].beans[*].name"))
			.contains("com.acme.service.EventJournal", "com.acme.service.ArchiveService");
		assertThat((List<String>) JsonPath.read(body,
				"$.sources[?(@.name == 'events')].beans[?(@.name == 'com.acme.service.EventJournal')].reason"))
			.containsExactly("@UseDataSource(\"events\")");
		assertThat((List<String>) JsonPath.read(body,
				"$.sources[?(@.name == 'scratch')].beans[?(@.name == 'com.acme.service.ArchiveService.archiveDraft')].reason"))
			.containsExactly("@UseDataSource(\"scratch\") on the method");
		assertThat((List<String>) JsonPath.read(body,
				"$.sources[?(@.name == 'scratch')].beans[?(@.name == 'com.acme.service.ReportService.recordDraft')].reason"))
			.containsExactly("@UseDataSource(\"scratch\") on the method");
	}

	@Test
	void routingMapAnswers404ForAnUnknownSource() throws Exception {
		assertThat(shop.get("/actuator/datasources/nope").status()).isEqualTo(404);
		assertThat(shop.get("/actuator/datasources/events").status()).isEqualTo(200);
	}

	@Test
	void flywayEndpointListsEverySourcesFlyway() throws Exception {
		Response flyway = shop.get("/actuator/flyway");
		assertThat(flyway.status()).isEqualTo(200);
		assertThat(JsonPath.<Map<String, Object>>read(flyway.body(), "$.contexts.application.flywayBeans"))
			.containsOnlyKeys("ordersFlyway", "eventsFlyway", "scratchFlyway");
	}

	@Test
	void poolMetricsAreTaggedWithTheSourceNameAndNotCountedTwice() throws Exception {
		Response metric = shop.get("/actuator/metrics/hikaricp.connections.max");
		assertThat(metric.status()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(metric.body(), "$.availableTags[?(@.tag == 'pool')].values[*]"))
			.containsExactlyInAnyOrder("orders", "events", "scratch");
		Response jdbc = shop.get("/actuator/metrics/jdbc.connections.max");
		assertThat((List<String>) JsonPath.read(jdbc.body(), "$.availableTags[?(@.tag == 'name')].values[*]"))
			.doesNotContain("dataSource")
			.hasSize(3);
	}

	@Test
	void thePasswordAppearsNowhere() throws Exception {
		StringBuilder everything = new StringBuilder(shop.log());
		for (String path : List.of("/actuator/health", "/actuator/health/datasources", "/actuator/datasources",
				"/actuator/flyway", "/actuator/env", "/actuator/configprops", "/actuator/beans",
				"/actuator/metrics/hikaricp.connections.max")) {
			Response response = shop.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			everything.append(response.body());
		}
		assertThat(everything).contains("Source 'orders' (default)").doesNotContain(PASSWORD);
	}

	private static String reasonOf(String body, String repository) {
		List<String> reasons = JsonPath.read(body,
				"$.sources[*].repositories[?(@.name == '" + repository + "')].reason");
		assertThat(reasons).as(repository).hasSize(1);
		return reasons.get(0);
	}

}
