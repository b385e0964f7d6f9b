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

package io.github.multids.sample;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.multids.DataSourceRegistry;
import io.github.multids.sample.analytics.OrdersPerDay;
import io.github.multids.sample.shop.PlacedOrder;
import io.github.multids.sample.support.RefusedWrite;
import io.github.multids.sample.support.ShopDatabases;
import io.github.multids.sample.support.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's HTTP API, run by each subclass on one arrangement of databases; every write
 * is looked up over plain JDBC in the database it must be in, and in the others.
 *
 * @author multids
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class AbstractShopApiTests {

	private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	// A client that keeps cookies as a browser does: on a source with replicas, the
	// read-your-writes cookie of a request that wrote sends the client's next reads where
	// that write is (a client without it reads from a replica, which may be behind)
	private RestTestClient client;

	@LocalServerPort
	private int port;

	@Autowired
	private DataSourceRegistry registry;

	private ShopDatabases databases;

	private final String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@BeforeEach
	void lookAtDatabases() {
		this.databases = new ShopDatabases(this.registry);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		this.client = RestTestClient.bindToServer(new JdkClientHttpRequestFactory(browser))
			.baseUrl("http://localhost:" + this.port)
			.build();
	}

	@Test
	void placedOrderIsInPrimaryItsEventInAnalyticsAndItsAuditLineInAudit() {
		PlacedOrder order = place(validOrder(2)).expectStatus()
			.isCreated()
			.expectBody(PlacedOrder.class)
			.returnResult()
			.getResponseBody();
		assertThat(order.item()).isEqualTo(this.marker);
		assertThat(order.customerName()).isEqualTo("Ada Lovelace");
		assertThat(order.totalCents()).isEqualTo(2 * 4999);
		for (Table table : Table.values()) {
			this.databases.assertOnlyInItsOwnDatabase(table, this.marker);
		}
	}

	@Test
	void placedOrderCanBeReadBack() {
		ResponseSpec placed = place(validOrder(2)).expectStatus().isCreated();
		PlacedOrder order = placed.expectBody(PlacedOrder.class).returnResult().getResponseBody();
		placed.expectHeader().value("Location", (location) -> assertThat(location).endsWith("/orders/" + order.id()));
		this.client.get()
			.uri("/orders/{id}", order.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PlacedOrder.class)
			.isEqualTo(order);
	}

	@Test
	void unknownOrderIsNotFoundWithProblemBody() {
		this.client.get()
			.uri("/orders/{id}", Long.MAX_VALUE)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(PROBLEM)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Order not found")
			.jsonPath("$.detail")
			.isEqualTo("No order with id " + Long.MAX_VALUE);
	}

	@Test
	void invalidOrderIsBadRequestAndWritesNothing() {
		Map<String, Object> order = Map.of("customerId", 1, "item", this.marker, "quantity", 0);
		place(order).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(PROBLEM)
			.expectBody()
			.jsonPath("$.errors.quantity")
			.isEqualTo("must be greater than or equal to 1")
			.jsonPath("$.errors.unitPriceCents")
			.isEqualTo("must not be null");
		assertNothingWritten();
	}

	@Test
	void unknownCustomerIsBadRequestAndWritesNothing() {
		Map<String, Object> order = Map.of("customerId", 999999, "item", this.marker, "quantity", 1, "unitPriceCents",
				100);
		place(order).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("No customer with id 999999");
		assertNothingWritten();
	}

	@Test
	void unreadableBodyIsBadRequest() {
		place("{\"customerId\": 1, \"item\": ").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(PROBLEM);
	}

	@Test
	void failedAuditWriteUndoesTheOrderAndItsEvent() {
		try (RefusedWrite refused = RefusedWrite.of(this.databases, Table.AUDIT_ENTRY, this.marker)) {
			assertNotPlaced("audit");
		}
		assertNothingWritten();
	}

	@Test
	void failedAnalyticsWriteUndoesTheOrder() {
		try (RefusedWrite refused = RefusedWrite.of(this.databases, Table.ORDER_EVENT, this.marker)) {
			assertNotPlaced("analytics");
		}
		assertNothingWritten();
	}

	@Test
	void reportCountsPlacedOrdersPerDay() {
		List<OrdersPerDay> before = ordersPerDay();
		PlacedOrder order = place(validOrder(3)).expectBody(PlacedOrder.class).returnResult().getResponseBody();
		String day = order.placedAt().toString().substring(0, 10);
		OrdersPerDay then = line(before, day);
		OrdersPerDay now = line(ordersPerDay(), day);
		assertThat(now.orders()).isEqualTo(then.orders() + 1);
		assertThat(now.revenueCents()).isEqualTo(then.revenueCents() + 3 * 4999);
	}

	@Test
	void auditShowsTheLatestWriteFirst() {
		PlacedOrder order = place(validOrder(1)).expectBody(PlacedOrder.class).returnResult().getResponseBody();
		this.client.get()
			.uri("/audit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].action")
			.isEqualTo("order.placed")
			.jsonPath("$[0].detail")
			.value(String.class, (detail) -> assertThat(detail).startsWith("order " + order.id() + " ")
				.contains("1 x " + this.marker));
	}

	@Test
	void eachDatabaseHasOnlyItsOwnTables() {
		assertThat(this.databases.tables("primary")).containsOnly("customer", "purchase_order",
				"flyway_schema_history");
		assertThat(this.databases.tables("analytics")).containsOnly("order_event", "flyway_schema_history");
		assertThat(this.databases.tables("audit")).containsOnly("audit_entry", "flyway_schema_history");
	}

	@Test
	void actuatorReportsHealthPerSource() {
		for (String source : List.of("primary", "analytics", "audit")) {
			this.client.get()
				.uri("/actuator/health/datasources/{source}", source)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
	}

	@Test
	void actuatorShowsTheRoutingMapAndEveryFlyway() {
		this.client.get()
			.uri("/actuator/datasources")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.defaultSource")
			.isEqualTo("primary")
			.jsonPath("$.sources[?(@.name == 'analytics')].repositories[*].reason")
			.isEqualTo(List.of("package rule io.github.multids.sample.analytics"));
		this.client.get()
			.uri("/actuator/flyway")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.contexts['multids-sample'].flywayBeans")
			.value(new ParameterizedTypeReference<Map<String, Object>>() {
			}, (beans) -> assertThat(beans).containsOnlyKeys("primaryFlyway", "analyticsFlyway", "auditFlyway"));
	}

	@Test
	void actuatorShowsOnePoolPerSource() {
		this.client.get()
			.uri("/actuator/metrics/hikaricp.connections.max")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.availableTags[?(@.tag == 'pool')].values[*]")
			.value(new ParameterizedTypeReference<List<String>>() {
			}, (pools) -> assertThat(pools).filteredOn((pool) -> !pool.startsWith("loyalty."))
				.containsExactlyInAnyOrderElementsOf(pools()));
	}

	/**
	 * Return the names of the pools the application has: one per source, and one per
	 * replica (the tenant source {@code loyalty} has instead one per open shop, named
	 * {@code loyalty.<shop>}, that LoyaltyShopApiTests looks at).
	 * @return the pool names
	 */
	protected List<String> pools() {
		return List.of("primary", "analytics", "audit");
	}

	private void assertNotPlaced(String failedSource) {
		place(validOrder(1)).expectStatus()
			.is5xxServerError()
			.expectHeader()
			.contentTypeCompatibleWith(PROBLEM)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Order not placed")
			.jsonPath("$.failedSource")
			.isEqualTo(failedSource)
			.jsonPath("$.undone")
			.isEqualTo(true);
	}

	private void assertNothingWritten() {
		for (Table table : Table.values()) {
			this.databases.assertNowhere(table, this.marker);
		}
	}

	private Map<String, Object> validOrder(int quantity) {
		return Map.of("customerId", 1, "item", this.marker, "quantity", quantity, "unitPriceCents", 4999);
	}

	private ResponseSpec place(Object body) {
		return this.client.post().uri("/orders").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	private List<OrdersPerDay> ordersPerDay() {
		return this.client.get()
			.uri("/reports/orders-per-day")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<OrdersPerDay>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static OrdersPerDay line(List<OrdersPerDay> report, String day) {
		return report.stream()
			.filter((line) -> line.day().toString().equals(day))
			.findFirst()
			.orElse(new OrdersPerDay(null, 0, 0));
	}

}
