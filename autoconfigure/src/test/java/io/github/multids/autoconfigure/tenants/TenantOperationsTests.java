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
package io.github.multids.autoconfigure.tenants;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.github.multids.TenantContext;
import io.github.multids.TenantRegistry;
import io.github.multids.TenantResolver;
import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import io.github.multids.autoconfigure.actuate.DataSourcesEndpoint;
import io.github.multids.autoconfigure.actuate.MultiDataSourceEndpointAutoConfiguration;
import io.github.multids.autoconfigure.health.MultiDataSourceHealthAutoConfiguration;
import io.github.multids.autoconfigure.metrics.TenantMeters;
import io.github.multids.autoconfigure.reporting.SourceDescription;
import io.github.multids.autoconfigure.tenantfixture.TenantFixtureConfiguration;
import io.github.multids.autoconfigure.tenantfixture.customers.CustomerService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operating a tenant source shows: health, the routing map, meters that go with
 * closed pools, and the tenant of a web request.
 */
class TenantOperationsTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MultiDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class,
						TransactionAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class,
						MultiDataSourceHealthAutoConfiguration.class, MultiDataSourceEndpointAutoConfiguration.class))
		.withUserConfiguration(TenantFixtureConfiguration.class)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("datasources.main.default=true", "datasources.main.url=jdbc:h2:mem:ops-" + this.run,
				"datasources.customers.url=jdbc:h2:mem:ops_" + this.run + "_{tenant};DB_CLOSE_DELAY=-1",
				"datasources.customers.packages=io.github.multids.autoconfigure.tenantfixture.customers",
				"datasources.customers.hikari.maximum-pool-size=2", "datasources.customers.tenants.names=acme,globex",
				"datasources.customers.tenants.max-open=1", "multids.tenants.header=X-Tenant");

	@Test
	void healthSummarisesTheTenantsAndChecksOneOnDemand() {
		this.contextRunner.run((context) -> {
			CompositeHealthContributor sources = context.getBean("datasourcesHealthContributor",
					CompositeHealthContributor.class);
			CompositeHealthContributor customers = (CompositeHealthContributor) sources.getContributor("customers");
			assertThat(customers.stream().map(CompositeHealthContributor.Entry::name)).containsExactly("tenants");
			HealthIndicator summary = (HealthIndicator) customers.getContributor("tenants");
			assertThat(summary.health().getStatus()).isEqualTo(Status.UP);
			assertThat(summary.health().getDetails()).containsEntry("registered", 2)
				.containsEntry("maxOpen", 1)
				.containsEntry("failing", 0)
				.containsEntry("template", "jdbc:h2:mem:ops_" + this.run + "_{tenant};DB_CLOSE_DELAY=-1");
			HealthIndicator acme = (HealthIndicator) customers.getContributor("acme");
			assertThat(acme.health().getStatus()).isEqualTo(Status.UP);
			assertThat(acme.health().getDetails()).containsEntry("database", "H2");
			assertThat(customers.getContributor("initech")).isNull();
		});
	}

	@Test
	void theRoutingMapShowsTheTemplateAndCountsNotEveryTenant() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=datasources")
			.run((context) -> {
				context.getBean(TenantRegistry.class).register("initech");
				SourceDescription customers = context.getBean(DataSourcesEndpoint.class).dataSource("customers");
				assertThat(customers.url()).isEqualTo("jdbc:h2:mem:ops_" + this.run + "_{tenant};DB_CLOSE_DELAY=-1");
				assertThat(customers.tenants().registered()).isEqualTo(3);
				assertThat(customers.tenants().maxOpen()).isEqualTo(1);
				assertThat(customers.tenants().open()).isLessThanOrEqualTo(1);
				assertThat(customers.tenants().migrations()).isEqualTo("flyway");
				assertThat(customers.entities()).hasSize(1);
			});
	}

	@Test
	void aClosedPoolLeavesNoMetersBehind() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			CustomerService service = context.getBean(CustomerService.class);
			TenantContext.run("acme", () -> service.add("Ann"));
			assertThat(registry.find("hikaricp.connections").tag("pool", "customers.acme").gauge()).isNotNull();
			TenantContext.run("globex", () -> service.add("Gus"));
			// max-open 1: acme's pool closed for globex's
			assertThat(registry.find("hikaricp.connections").tag("pool", "customers.acme").meters()).isEmpty();
			assertThat(registry.find("hikaricp.connections").tag("pool", "customers.globex").gauge()).isNotNull();
			// Bound by Spring Boot's metrics auto-configuration in an application
			context.getBean(TenantMeters.class).bindTo(registry);
			assertThat(registry.get("multids.tenants.registered").tag("source", "customers").gauge().value())
				.isEqualTo(2);
			assertThat(registry.get("multids.tenants.open").tag("source", "customers").gauge().value()).isEqualTo(1);
			assertThat(registry.get("multids.tenants.evictions").functionCounter().count()).isPositive();
		});
	}

	@Test
	void theHeaderSetsTheTenantOfARequestAndAnUnknownOneIsNotFound() {
		this.contextRunner.run((context) -> {
			Filter filter = context.getBean("multidsTenantRequestFilter", Filter.class);
			assertThat(tenantOfRequest(filter, "globex").getStatus()).isEqualTo(200);
			assertThat(this.seen.get()).isEqualTo("globex");
			assertThat(TenantContext.current()).isEmpty();
			assertThat(tenantOfRequest(filter, "initech").getStatus()).isEqualTo(404);
			assertThat(tenantOfRequest(filter, "../x").getStatus()).isEqualTo(400);
			assertThat(tenantOfRequest(filter, null).getStatus()).isEqualTo(200);
			assertThat(this.seen.get()).isEqualTo("none");
		});
	}

	@Test
	void aResolverIsAskedBeforeTheHeader() {
		this.contextRunner.withBean(TenantResolver.class, () -> (request) -> request.getParameter("shop"))
			.run((context) -> {
				Filter filter = context.getBean("multidsTenantRequestFilter", Filter.class);
				MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
				request.setParameter("shop", "acme");
				request.addHeader("X-Tenant", "globex");
				filter.doFilter(request, new MockHttpServletResponse(), recordingChain());
				assertThat(this.seen.get()).isEqualTo("acme");
			});
	}

	private final AtomicReference<String> seen = new AtomicReference<>();

	private MockHttpServletResponse tenantOfRequest(Filter filter, String tenant) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
		if (tenant != null) {
			request.addHeader("X-Tenant", tenant);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.seen.set(null);
		filter.doFilter(request, response, recordingChain());
		return response;
	}

	private MockFilterChain recordingChain() {
		return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response) {
				TenantOperationsTests.this.seen.set(TenantContext.current().orElse("none"));
			}

		});
	}

}
