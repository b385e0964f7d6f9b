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

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.github.multids.DataSourceRegistry;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.replicas.ReplicaSet;
import io.github.multids.autoconfigure.sharding.PhysicalDatabases;
import io.github.multids.autoconfigure.tenants.TenantPools;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Health per source at `/actuator/health/datasources/<name>`, in place of Spring Boot's
 * `db` indicator, with the critical sources in the readiness group.
 *
 * @author multids
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration")
@ConditionalOnClass(HealthContributor.class)
@ConditionalOnBean(DataSourceRegistry.class)
@ConditionalOnEnabledHealthIndicator("datasources")
public final class MultiDataSourceHealthAutoConfiguration {

	private static final String PRIMARY = "primary";

	@Bean
	@ConditionalOnMissingBean(name = "datasourcesHealthContributor")
	CompositeHealthContributor datasourcesHealthContributor(SourceDefinitions definitions,
			ListableBeanFactory beanFactory) {
		Map<String, HealthContributor> sources = new LinkedHashMap<>();
		for (SourceDefinition source : definitions.all()) {
			if (source.isHealthEnabled()) {
				PhysicalDatabases physical = PhysicalDatabases.of(beanFactory, source.name());
				if (source.isTenantSource()) {
					sources.put(source.name(), new TenantHealthContributor(
							beanFactory.getBean(SourceBean.TENANT_REGISTRY.of(source.name()), TenantPools.class)));
				}
				else {
					sources.put(source.name(), (physical != null) ? physicalDatabases(physical) : contributor(
							beanFactory.getBean(SourceBean.DATA_SOURCE.of(source.name()), DataSource.class)));
				}
			}
		}
		return CompositeHealthContributor.fromMap(sources);
	}

	// A source with replicas: its primary, and one component per replica
	private static HealthContributor contributor(DataSource dataSource) {
		ReplicaSet replicas = ReplicaSet.of(dataSource);
		if (replicas == null) {
			return new SourceHealthIndicator(dataSource);
		}
		Map<String, HealthContributor> members = new LinkedHashMap<>();
		members.put(PRIMARY, new SourceHealthIndicator(dataSource));
		replicas.replicas().forEach((replica) -> members.put(replica.name(), new ReplicaHealthIndicator(replica)));
		return CompositeHealthContributor.fromMap(members);
	}

	// A sharded source: one component per physical database
	private static HealthContributor physicalDatabases(PhysicalDatabases physical) {
		Map<String, HealthContributor> databases = new LinkedHashMap<>();
		physical.dataSources()
			.forEach((name, dataSource) -> databases.put(name, new SourceHealthIndicator(dataSource)));
		return CompositeHealthContributor.fromMap(databases);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthEndpointGroupsPostProcessor.class)
	static class ReadinessConfiguration {

		@Bean
		static CriticalSourcesReadinessPostProcessor criticalSourcesReadinessPostProcessor(SourceDefinitions sources,
				Environment environment) {
			Set<String> critical = new LinkedHashSet<>();
			for (SourceDefinition source : sources.all()) {
				if (source.isHealthEnabled() && source.isCritical()) {
					// Replica lag or loss never takes readiness down: only the primary
					critical.add("datasources/" + source.name() + (source.replicas().isEmpty() ? "" : "/" + PRIMARY));
				}
			}
			return new CriticalSourcesReadinessPostProcessor(critical, probe(environment));
		}

		private static @Nullable ReadinessStateGroup probe(Environment environment) {
			if (!environment.getProperty("management.endpoint.health.probes.enabled", Boolean.class, true)) {
				return null;
			}
			boolean additionalPath = environment.getProperty("management.endpoint.health.probes.add-additional-paths",
					Boolean.class, false);
			return new ReadinessStateGroup(
					additionalPath ? AdditionalHealthEndpointPath.of(WebServerNamespace.SERVER, "/readyz") : null);
		}

	}

}
