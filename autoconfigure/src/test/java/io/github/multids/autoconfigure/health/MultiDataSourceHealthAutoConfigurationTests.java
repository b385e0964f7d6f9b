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
package io.github.multids.autoconfigure.health;

import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import io.github.multids.autoconfigure.actuate.DataSourcesEndpoint;
import io.github.multids.autoconfigure.actuate.MultiDataSourceEndpointAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MultiDataSourceHealthAutoConfiguration} and the routing map endpoint.
 */
class MultiDataSourceHealthAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				MultiDataSourceHealthAutoConfiguration.class, MultiDataSourceEndpointAutoConfiguration.class))
		.withPropertyValues("datasources.one.default=true", "datasources.two.url=jdbc:h2:mem:health-two",
				"datasources.three.url=jdbc:h2:mem:health-three", "datasources.three.health.enabled=false");

	@Test
	void reportsEachEnabledSourceUnderDatasources() {
		this.contextRunner.run((context) -> {
			CompositeHealthContributor sources = context.getBean("datasourcesHealthContributor",
					CompositeHealthContributor.class);
			assertThat(sources.getContributor("one")).isNotNull();
			assertThat(sources.getContributor("three")).isNull();
			HealthIndicator two = (HealthIndicator) sources.getContributor("two");
			assertThat(two.health().getStatus()).isEqualTo(Status.UP);
			assertThat(two.health().getDetails()).containsEntry("database", "H2").containsKey("pool");
		});
	}

	@Test
	void backsOffWhenTheIndicatorIsDisabled() {
		this.contextRunner.withPropertyValues("management.health.datasources.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("datasourcesHealthContributor"));
	}

	@Test
	void registersTheRoutingMapEndpointWhenExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(DataSourcesEndpoint.class));
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=datasources")
			.run((context) -> {
				DataSourcesEndpoint endpoint = context.getBean(DataSourcesEndpoint.class);
				assertThat(endpoint.dataSources().defaultSource()).isEqualTo("one");
				assertThat(endpoint.dataSource("two").url()).isEqualTo("jdbc:h2:mem:health-two");
				assertThat(endpoint.dataSource("nope")).isNull();
			});
	}

}
