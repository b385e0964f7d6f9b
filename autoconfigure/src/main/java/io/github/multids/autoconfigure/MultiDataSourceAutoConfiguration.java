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

import io.github.multids.autoconfigure.aot.MultiDataSourceRuntimeHints;
import io.github.multids.autoconfigure.binding.OnDataSourcesCondition;
import io.github.multids.autoconfigure.routing.DataSourceContextTaskDecorator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Auto-configuration of several named sources from `datasources.*`: a pool,
 * EntityManagerFactory, transaction manager, Flyway and JdbcClient per source, and
 * routing beans that follow the current source.
 *
 * @author multids
 * @since 0.1.0
 */
@AutoConfiguration(
		before = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class },
		beforeName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
				"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnClass({ JdbcTemplate.class, com.zaxxer.hikari.HikariDataSource.class })
@Conditional(OnDataSourcesCondition.class)
@Import({ MultiDataSourceRegistrar.class, SharedBeansConfiguration.class, InfrastructureConfiguration.class,
		CrossSourceConfiguration.class, ReplicaConfiguration.class, ShardingConfiguration.class,
		TenantConfiguration.class, DatabaseInitializationDependencyConfigurer.class })
@ImportRuntimeHints(MultiDataSourceRuntimeHints.class)
public final class MultiDataSourceAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "dataSourceContextTaskDecorator")
	DataSourceContextTaskDecorator dataSourceContextTaskDecorator() {
		return new DataSourceContextTaskDecorator();
	}

}
