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

import java.sql.SQLException;
import java.util.UUID;

import io.github.multids.DataSourceConfigurationException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What startup does with a source's migrations: `datasources.<name>.migrations.at-start`.
 *
 * @author multids
 */
class MigrationsAtStartTests {

	private final String orders = "jdbc:h2:mem:orders_" + UUID.randomUUID().toString().substring(0, 8)
			+ ";DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
		.withPropertyValues("datasources.orders.url=" + this.orders,
				"datasources.orders.flyway.locations=classpath:migrate/orders");

	@Test
	void migratesByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(MigrationCommandTests.tables(this.orders)).contains("ORDERS", "FLYWAY_SCHEMA_HISTORY");
		});
	}

	@Test
	void validateFailsStartupNamingTheSourceAndItsPendingMigrations() {
		this.contextRunner.withPropertyValues("datasources.orders.migrations.at-start=validate").run((context) -> {
			DataSourceConfigurationException failure = ConfigurationFailures.of(context);
			assertThat(failure.getMessage()).contains("Source 'orders' is not migrated")
				.contains("'datasources.orders.migrations.at-start' is validate")
				.contains("2 pending: V1__orders.sql, V2__order_total.sql");
			assertThat(failure.getAction()).contains("--multids.migrate-and-exit=orders");
			FailureAnalysis analysis = new DataSourceConfigurationFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("V2__order_total.sql");
			assertThat(MigrationCommandTests.tables(this.orders)).isEmpty();
		});
	}

	@Test
	void validatePassesOnceMigrated() throws SQLException {
		Flyway.configure().dataSource(this.orders, "sa", "").locations("classpath:migrate/orders").load().migrate();
		this.contextRunner.withPropertyValues("datasources.orders.migrations.at-start=validate")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void validateFailsStartupWhenOnlySomeMigrationsAreApplied() {
		Flyway.configure()
			.dataSource(this.orders, "sa", "")
			.locations("classpath:migrate/orders")
			.target("1")
			.load()
			.migrate();
		this.contextRunner.withPropertyValues("datasources.orders.migrations.at-start=validate")
			.run((context) -> assertThat(ConfigurationFailures.of(context).getMessage())
				.contains("1 pending: V2__order_total.sql"));
	}

	@Test
	void noneLeavesTheDatabaseAlone() {
		this.contextRunner.withPropertyValues("datasources.orders.migrations.at-start=none").run((context) -> {
			assertThat(context).hasNotFailed().hasBean("ordersFlyway");
			assertThat(MigrationCommandTests.tables(this.orders)).isEmpty();
		});
	}

	@Test
	void failsOnAnotherValueNamingTheKey() {
		this.contextRunner.withPropertyValues("datasources.orders.migrations.at-start=later")
			.run((context) -> assertThat(ConfigurationFailures.of(context).getMessage())
				.contains("'datasources.orders.migrations.at-start' is 'later'")
				.contains("migrate, validate or none"));
	}

	@Test
	void failsOnAnUnknownKeyBelowMigrations() {
		this.contextRunner.withPropertyValues("datasources.orders.migrations.at-stat=none")
			.run((context) -> assertThat(ConfigurationFailures.of(context).getMessage())
				.contains("'datasources.orders.migrations.at-stat' is not a known property"));
	}

}
