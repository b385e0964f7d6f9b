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
package io.github.multids.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.github.multids.autoconfigure.binding.OnDataSourcesCondition;
import io.github.multids.autoconfigure.binding.SourceEnvironment;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out Spring Boot's single-database JPA, Flyway, Liquibase and `db` health
 * auto-configurations when `datasources.*` is configured: multids builds one
 * EntityManagerFactory and one Flyway per source, and Boot's would otherwise run a second
 * one against the routing `dataSource` (they back off only on beans that ours, not being
 * default candidates, do not show). Spring Boot's test database replacement, which would
 * swap the routing `dataSource` for one embedded database, is left out too: multids
 * replaces each source instead. An application or test that excludes multids'
 * auto-configuration gets no pool from Spring Boot's either.
 *
 * @author multids
 */
class ReplacedAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

	private static final Set<String> REPLACED = Set.of(
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
			"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
			"org.springframework.boot.jdbc.test.autoconfigure.TestDatabaseAutoConfiguration");

	private static final String MULTIDS_AUTO_CONFIGURATION = MultiDataSourceAutoConfiguration.class.getName();

	private Environment environment;

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean configured = this.environment != null && SourceEnvironment.isConfigured(this.environment);
		List<String> candidates = Arrays.asList(autoConfigurationClasses);
		// Every list that brings Spring Boot's DataSource auto-configuration brings
		// multids' too; without it, the application or test excluded multids, and Spring
		// Boot must not build a pool of its own from a configuration meant for multids.
		// Spring Boot also asks about single classes that a configuration imports: only a
		// whole list tells.
		boolean multidsExcluded = configured && candidates.size() > 1
				&& candidates.contains(OnDataSourcesCondition.DATA_SOURCE_AUTO_CONFIGURATION)
				&& !candidates.contains(MULTIDS_AUTO_CONFIGURATION);
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			// An earlier filter leaves null where it removed a candidate
			String candidate = autoConfigurationClasses[i];
			matches[i] = !configured || candidate == null || !(REPLACED.contains(candidate)
					|| (multidsExcluded && candidate.equals(OnDataSourcesCondition.DATA_SOURCE_AUTO_CONFIGURATION)));
		}
		return matches;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

}
