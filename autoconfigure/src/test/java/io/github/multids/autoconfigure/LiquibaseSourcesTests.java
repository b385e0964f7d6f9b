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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.multids.autoconfigure.actuate.MultiDataSourceEndpointAutoConfiguration;
import io.github.multids.autoconfigure.migrations.MigrationCommandExit;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.liquibase.actuate.endpoint.LiquibaseEndpoint;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A source migrated by Liquibase next to one migrated by Flyway, checked over plain JDBC.
 *
 * @author multids
 */
@ExtendWith(OutputCaptureExtension.class)
class LiquibaseSourcesTests {

	private final String orders = url("orders");

	private final String ledger = url("ledger");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
		.withPropertyValues("datasources.orders.default=true", "datasources.orders.url=" + this.orders,
				"datasources.orders.flyway.locations=classpath:migrate/orders",
				"datasources.ledger.url=" + this.ledger);

	@Test
	void liquibaseSourceAppliesItsOwnChangeLogNextToAFlywaySource(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			assertThat(output).contains("liquibase 2 change sets applied, 0 pending (last ledger-2)")
				.contains("migrations 2 applied, 0 pending (version 2)");
			assertThat(context).hasNotFailed().hasBean("ledgerLiquibase").hasBean("ordersFlyway");
			assertThat(context.getBeansOfType(SpringLiquibase.class)).containsOnlyKeys("ledgerLiquibase");
			assertThat(context.getBeansOfType(Flyway.class)).containsOnlyKeys("ordersFlyway");
			assertThat(MigrationCommandTests.tables(this.ledger)).contains("DATABASECHANGELOG", "LEDGER")
				.doesNotContain("FLYWAY_SCHEMA_HISTORY");
			assertThat(MigrationCommandTests.tables(this.orders)).contains("FLYWAY_SCHEMA_HISTORY", "ORDERS")
				.doesNotContain("DATABASECHANGELOG");
		});
	}

	@Test
	void liquibaseEndpointListsTheSourcesLiquibase() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(MultiDataSourceEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=liquibase")
			.run((context) -> {
				assertThat(context).hasSingleBean(LiquibaseEndpoint.class);
				LiquibaseEndpoint.LiquibaseBeanDescriptor ledger = context.getBean(LiquibaseEndpoint.class)
					.liquibaseBeans()
					.getContexts()
					.values()
					.iterator()
					.next()
					.getLiquibaseBeans()
					.get("ledgerLiquibase");
				assertThat(ledger.getChangeSets()).extracting(LiquibaseEndpoint.ChangeSetDescriptor::getId)
					.containsExactly("ledger-1", "ledger-2");
			});
	}

	@Test
	void sourceWithFlywayMigrationsAndAChangeLogFailsNamingBoth() {
		this.contextRunner.withPropertyValues("datasources.ledger.flyway.locations=classpath:migrate/events")
			.run((context) -> assertThat(ConfigurationFailures.of(context).getMessage())
				.contains("Source 'ledger' has both Flyway migrations in [classpath:migrate/events]")
				.contains("classpath:db/changelog/ledger/db.changelog-master.yaml"));
	}

	@Test
	void missingChangeLogThatIsNamedFails() {
		this.contextRunner.withPropertyValues("datasources.ledger.liquibase.change-log=classpath:changelogs/nope.yaml")
			.run((context) -> assertThat(ConfigurationFailures.of(context).getMessage())
				.contains("The change log 'classpath:changelogs/nope.yaml' of source 'ledger' does not exist"));
	}

	@Test
	void validateAtStartFailsNamingThePendingChangeSets() {
		this.contextRunner.withPropertyValues("datasources.ledger.migrations.at-start=validate")
			.run((context) -> assertThat(ConfigurationFailures.of(context).getMessage())
				.contains("Source 'ledger' is not migrated")
				.contains("2 pending: ledger-1 (db/changelog/ledger/db.changelog-master.yaml)"));
	}

	@Test
	void noneAtStartLeavesTheDatabaseAlone() {
		this.contextRunner.withPropertyValues("datasources.ledger.migrations.at-start=none").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(MigrationCommandTests.tables(this.ledger)).isEmpty();
		});
	}

	@Test
	void migrationCommandsRunTheChangeLog() throws Exception {
		MigrationCommandExit info = run("--multids.info-and-exit=ledger");
		assertThat(info.getExitCode()).isZero();
		assertThat(info.getLines()).singleElement()
			.asString()
			.startsWith("ledger: at change set none, 2 pending: ledger-1");
		MigrationCommandExit pending = run("--multids.validate-and-exit=ledger");
		assertThat(pending.getExitCode()).isOne();
		MigrationCommandExit migrate = run("--multids.migrate-and-exit=ledger");
		assertThat(migrate.getExitCode()).isZero();
		assertThat(migrate.getLines()).singleElement()
			.asString()
			.startsWith("ledger: applied 2 change sets, now at change set ledger-2");
		assertThat(MigrationCommandTests.tables(this.ledger)).contains("DATABASECHANGELOG", "LEDGER");
		assertThat(MigrationCommandTests.tables(this.orders)).isEmpty();
		assertThat(run("--multids.validate-and-exit=ledger").getExitCode()).isZero();
	}

	@Test
	void failingChangeSetExitsWithOneNamingIt() {
		MigrationCommandExit exit = run("--multids.migrate-and-exit=ledger",
				"--datasources.ledger.liquibase.change-log=classpath:changelogs/broken.yaml");
		assertThat(exit.getExitCode()).isOne();
		assertThat(exit.getLines()).singleElement().asString().startsWith("ledger: FAILED").contains("broken-1");
	}

	private MigrationCommandExit run(String... args) {
		SpringApplication application = new SpringApplication(MigrationCommandTests.CommandConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources.orders.default", "true");
		properties.put("datasources.orders.url", this.orders);
		properties.put("datasources.orders.flyway.locations", "classpath:migrate/orders");
		properties.put("datasources.ledger.url", this.ledger);
		application.setDefaultProperties(properties);
		return catchThrowableOfType(MigrationCommandExit.class, () -> application.run(args));
	}

	private static String url(String name) {
		return "jdbc:h2:mem:" + name + "_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
	}

}
