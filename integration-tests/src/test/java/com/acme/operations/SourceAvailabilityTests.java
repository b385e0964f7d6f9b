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

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.acme.events.OrderEvent;
import com.acme.events.OrderEventRepository;
import com.acme.operations.RunningShop.Response;
import com.acme.support.TcpProxy;
import com.acme.support.TestDatabases;
import com.acme.support.TestDatabasesExtension;
import com.jayway.jsonpath.JsonPath;
import io.github.multids.test.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that goes away and comes back, simulated by a TCP proxy in front of the
 * shared server: an optional source may be down, a critical one takes readiness down, and
 * both are served again without a restart.
 */
@ExtendWith(TestDatabasesExtension.class)
class SourceAvailabilityTests {

	private static final Duration PATIENCE = Duration.ofSeconds(40);

	@Test
	void anOptionalSourceDownAtStartupLeavesTheApplicationReadyAndIsServedOnceBack() throws Exception {
		Database events = TestDatabases.get().createEventsDatabase("optional");
		try (TcpProxy proxy = new TcpProxy(events.host(), events.port())) {
			Map<String, Object> properties = properties();
			properties.putAll(events.throughLocalPort(proxy.port()).properties("events"));
			properties.put("datasources.events.health.critical", "false");
			try (RunningShop shop = RunningShop.start(properties)) {
				assertThat(status(shop, "/actuator/health/readiness")).isEqualTo("UP");
				assertThat(status(shop, "/actuator/health/datasources/orders")).isEqualTo("UP");
				Response down = shop.get("/actuator/health/datasources/events");
				assertThat(down.status()).isEqualTo(503);
				assertThat((String) JsonPath.read(down.body(), "$.status")).isEqualTo("DOWN");
				assertThat((String) JsonPath.read(down.body(), "$.details.error")).contains("events");
				proxy.open();
				eventually(() -> status(shop, "/actuator/health/datasources/events").equals("UP"));
				eventually(() -> hasTable(events, "order_event"));
				String reference = UUID.randomUUID().toString();
				shop.context().getBean(OrderEventRepository.class).save(new OrderEvent("placed", reference));
				assertThat(count(events, reference)).isOne();
			}
		}
	}

	@Test
	void anOptionalSourceDownAtStartupRunsItsScriptsOnceBack() throws Exception {
		Database events = TestDatabases.get().createEventsDatabase("optionalscripts");
		try (TcpProxy proxy = new TcpProxy(events.host(), events.port())) {
			Map<String, Object> properties = properties();
			properties.putAll(events.throughLocalPort(proxy.port()).properties("events"));
			properties.put("datasources.events.health.critical", "false");
			properties.put("datasources.events.sql.init.mode", "always");
			properties.put("datasources.events.sql.init.data-locations", "classpath:availability/events-data.sql");
			try (RunningShop shop = RunningShop.start(properties)) {
				assertThat(status(shop, "/actuator/health/readiness")).isEqualTo("UP");
				proxy.open();
				eventually(() -> hasTable(events, "order_event") && count(events, "seeded-by-script") == 1);
				assertThat(count(events, "seeded-by-script")).isOne();
			}
		}
	}

	@Test
	void aCriticalSourceThatGoesAwayTakesReadinessDownUntilItIsBack() throws Exception {
		Database events = TestDatabases.get().events();
		try (TcpProxy proxy = new TcpProxy(events.host(), events.port())) {
			proxy.open();
			Map<String, Object> properties = properties();
			properties.putAll(events.throughLocalPort(proxy.port()).properties("events"));
			try (RunningShop shop = RunningShop.start(properties)) {
				assertThat(status(shop, "/actuator/health/readiness")).isEqualTo("UP");
				proxy.cut();
				eventually(() -> shop.get("/actuator/health/readiness").status() == 503);
				assertThat(status(shop, "/actuator/health/datasources/orders")).isEqualTo("UP");
				proxy.open();
				eventually(() -> shop.get("/actuator/health/readiness").status() == 200);
				String reference = UUID.randomUUID().toString();
				shop.context().getBean(OrderEventRepository.class).save(new OrderEvent("placed", reference));
				assertThat(count(events, reference)).isOne();
			}
		}
	}

	private static Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>(TestDatabases.get().properties());
		properties.put("datasources.events.hikari.connection-timeout", "1000");
		properties.put("datasources.events.hikari.validation-timeout", "500");
		properties.put("datasources.events.hikari.minimum-idle", "1");
		return properties;
	}

	private static String status(RunningShop shop, String path) throws Exception {
		return JsonPath.read(shop.get(path).body(), "$.status");
	}

	private static boolean hasTable(Database database, String table) throws Exception {
		try (Connection connection = database.connect();
				ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, table, null)) {
			return tables.next();
		}
	}

	private static int count(Database database, String reference) throws Exception {
		try (Connection connection = database.connect();
				var statement = connection.prepareStatement("select count(*) from order_event where reference = ?")) {
			statement.setString(1, reference);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	private static void eventually(Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.call()) {
			assertThat(System.nanoTime()).as("condition met within %s", PATIENCE).isLessThan(deadline);
			Thread.sleep(250);
		}
	}

}
