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

package com.example.sharding;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.acme.support.DirectJdbc;
import com.acme.support.TcpProxy;
import io.github.multids.test.Database;
import io.github.multids.test.DatabaseServersCondition;
import io.github.multids.test.Vendor;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a sharded source does on one vendor: two fresh physical databases behind the
 * {@code purchases} source, {@code ds_1} reached through a proxy that the last test cuts.
 *
 * @author multids
 */
@ExtendWith(DatabaseServersCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ShardedSourceContract {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ShardedDatabases databases;

	private TcpProxy proxy;

	private ConfigurableApplicationContext context;

	abstract Vendor vendor();

	String url(ShardedDatabases databases) throws IOException {
		return databases.url();
	}

	@BeforeAll
	void start() throws IOException {
		ShardedDatabases fresh = ShardedDatabases.create(vendor(), "shard_" + vendor().name().toLowerCase());
		Database second = fresh.shard(1);
		this.proxy = new TcpProxy(second.host(), second.port());
		this.proxy.open();
		this.databases = fresh.withSecondAt(second.throughLocalPort(this.proxy.port()).url());
		Map<String, Object> properties = new LinkedHashMap<>(this.databases.properties());
		properties.put("datasources.purchases.url", url(this.databases));
		properties.put("spring.config.name", "multids-sharding");
		properties.put("spring.main.banner-mode", "off");
		properties.put("server.port", "0");
		properties.put("management.endpoints.web.exposure.include", "health,datasources");
		properties.put("management.endpoint.health.show-details", "always");
		properties.put("management.endpoint.health.show-components", "always");
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		this.context = new SpringApplicationBuilder(ShardingApplication.class).web(WebApplicationType.SERVLET)
			.run(arguments);
	}

	@AfterAll
	void stop() throws IOException {
		if (this.context != null) {
			this.context.close();
		}
		if (this.proxy != null) {
			this.proxy.close();
		}
	}

	@Test
	@Order(1)
	void rowsLandOnThePhysicalDatabaseTheRulePicks() {
		PurchaseOrderRepository repository = this.context.getBean(PurchaseOrderRepository.class);
		repository.save(new PurchaseOrder(101L, 1L, "one"));
		repository.save(new PurchaseOrder(102L, 2L, "two"));
		repository.save(new PurchaseOrder(103L, 3L, "three"));
		repository.save(new PurchaseOrder(104L, 4L, "four"));
		assertThat(DirectJdbc.column(this.databases.shard(0), "select id from purchase_order order by id"))
			.containsExactly("102", "104");
		assertThat(DirectJdbc.column(this.databases.shard(1), "select id from purchase_order order by id"))
			.containsExactly("101", "103");
	}

	@Test
	@Order(2)
	void aQueryAcrossShardsReturnsTheUnion() {
		PurchaseOrderRepository repository = this.context.getBean(PurchaseOrderRepository.class);
		assertThat(repository.findAll()).extracting(PurchaseOrder::getId)
			.containsExactlyInAnyOrder(101L, 102L, 103L, 104L);
		assertThat(repository.findByCustomerId(3L)).extracting(PurchaseOrder::getItem).containsExactly("three");
		JdbcClient jdbc = this.context.getBean("purchasesJdbcClient", JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from purchase_order").query(Long.class).single()).isEqualTo(4L);
	}

	@Test
	@Order(3)
	void eachPhysicalDatabaseHasItsOwnMigrationHistory() {
		for (Database shard : this.databases.databases()) {
			assertThat(DirectJdbc.column(shard, "select version from flyway_schema_history where version is not null"))
				.containsExactly("1");
		}
		assertThat(this.context.containsBean("purchases.ds_0Flyway")).isTrue();
		assertThat(this.context.containsBean("purchases.ds_1Flyway")).isTrue();
		assertThat(this.context.containsBean("purchasesFlyway")).isFalse();
	}

	@Test
	@Order(4)
	void healthAndTheRoutingMapShowEachPhysicalDatabase() throws Exception {
		String health = get("/actuator/health/datasources/purchases");
		System.out.println("GET /actuator/health/datasources/purchases (" + vendor() + ")\n" + health);
		assertThat(health).contains("\"ds_0\"", "\"ds_1\"").doesNotContain("DOWN");
		assertThat(get("/actuator/health/datasources/purchases/ds_1")).contains("\"status\":\"UP\"");
		String map = get("/actuator/datasources/purchases");
		System.out.println("GET /actuator/datasources/purchases (" + vendor() + ")\n" + map);
		assertThat(map).contains("\"tables\":[\"purchase_order\"]", "\"name\":\"ds_0\"", "\"name\":\"ds_1\"")
			.doesNotContain("password");
	}

	@Test
	@Order(4)
	void eachPhysicalPoolHasItsMeters() {
		MeterRegistry registry = this.context.getBean(MeterRegistry.class);
		for (String pool : List.of("purchases.ds_0", "purchases.ds_1")) {
			assertThat(registry.find("hikaricp.connections.max").tag("pool", pool).gauge()).as(pool).isNotNull();
		}
		assertThat(registry.find("hikaricp.connections.max").tag("pool", "purchases").gauge()).isNotNull();
	}

	@Test
	@Order(5)
	void aPhysicalDatabaseThatGoesAwayIsDownInItsOwnComponent() throws Exception {
		this.proxy.cut();
		String health = get("/actuator/health/datasources/purchases");
		System.out.println("GET /actuator/health/datasources/purchases with ds_1 cut (" + vendor() + ")\n" + health);
		assertThat(get("/actuator/health/datasources/purchases/ds_1")).contains("\"status\":\"DOWN\"");
		assertThat(get("/actuator/health/datasources/purchases/ds_0")).contains("\"status\":\"UP\"");
	}

	private String get(String path) throws IOException, InterruptedException {
		String port = this.context.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
