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
package io.github.multids.autoconfigure.actuate;

import io.github.multids.DataSourceRegistry;
import io.github.multids.autoconfigure.reporting.SourceDescriber;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.actuate.endpoint.FlywayEndpoint;
import org.springframework.boot.liquibase.actuate.endpoint.LiquibaseEndpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator endpoints for the sources: the routing map at `/actuator/datasources`, and
 * Spring Boot's `flyway` and `liquibase` endpoints listing every source's Flyway and
 * Liquibase (Boot's own only look for a default candidate).
 *
 * @author multids
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration",
		beforeName = { "org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration",
				"org.springframework.boot.liquibase.autoconfigure.LiquibaseEndpointAutoConfiguration" })
@ConditionalOnClass(
		name = "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint")
@ConditionalOnBean(DataSourceRegistry.class)
public final class MultiDataSourceEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint
	DataSourcesEndpoint dataSourcesEndpoint(SourceDescriber describer) {
		return new DataSourcesEndpoint(describer);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(FlywayEndpoint.class)
	static class FlywayEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint
		FlywayEndpoint flywayEndpoint(ApplicationContext context) {
			return new FlywayEndpoint(context);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(LiquibaseEndpoint.class)
	static class LiquibaseEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint
		LiquibaseEndpoint liquibaseEndpoint(ApplicationContext context) {
			return new LiquibaseEndpoint(context);
		}

	}

}
