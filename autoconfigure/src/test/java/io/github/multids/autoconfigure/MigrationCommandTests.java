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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.multids.autoconfigure.migrations.MigrationCommandExit;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The migration commands run by a SpringApplication on embedded H2 databases, checked
 * over plain JDBC.
 *
 * @author multids
 */
class MigrationCommandTests {

	private final String orders = url("orders");

	private final String events = url("events");

	@Test
	void migrateAndExitMigratesTheNamedSourceOnly() throws SQLException {
		MigrationCommandExit exit = run("--multids.migrate-and-exit=orders");
		assertThat(exit.getExitCode()).isZero();
		assertThat(exit.getLines()).singleElement()
			.asString()
			.matches("orders: applied 2 migrations, now at version 2 \\(\\d+ ms\\)");
		assertThat(tables(this.orders)).contains("FLYWAY_SCHEMA_HISTORY", "ORDERS");
		assertThat(tables(this.events)).isEmpty();
	}

	@Test
	void migrateAndExitAllMigratesEverySource() throws SQLException {
		MigrationCommandExit exit = run("--multids.migrate-and-exit=all");
		assertThat(exit.getExitCode()).isZero();
		assertThat(exit.getLines()).hasSize(2);
		assertThat(exit.getLines())
			.anyMatch((line) -> line.startsWith("orders: applied 2 migrations, now at version 2"))
			.anyMatch((line) -> line.startsWith("events: applied 1 migration, now at version 1"));
		assertThat(tables(this.events)).contains("FLYWAY_SCHEMA_HISTORY", "EVENTS");
		assertThat(run("--multids.migrate-and-exit=orders,events").getLines().get(0))
			.startsWith("orders: applied 0 migrations, now at version 2");
	}

	@Test
	void failingMigrationExitsWithOneNamingTheSourceAndTheScript() {
		MigrationCommandExit exit = run("--multids.migrate-and-exit=orders",
				"--datasources.orders.flyway.locations=classpath:migrate/broken");
		assertThat(exit.getExitCode()).isOne();
		assertThat(exit.getLines()).singleElement().asString().startsWith("orders: FAILED").contains("V2__broken.sql");
	}

	@Test
	void unknownSourceNameExitsWithOneListingTheKnownNames() throws SQLException {
		MigrationCommandExit exit = run("--multids.migrate-and-exit=orders,nope");
		assertThat(exit.getExitCode()).isOne();
		assertThat(exit.getLines()).singleElement()
			.asString()
			.contains("'multids.migrate-and-exit' names [nope]")
			.contains("the sources are [events, orders]");
		assertThat(tables(this.orders)).isEmpty();
	}

	@Test
	void validateAndExitListsPendingMigrationsUntilMigrated() {
		MigrationCommandExit pending = run("--multids.validate-and-exit=orders");
		assertThat(pending.getExitCode()).isOne();
		assertThat(pending.getLines()).singleElement()
			.asString()
			.startsWith("orders: FAILED 2 pending: V1__orders.sql, V2__order_total.sql");
		run("--multids.migrate-and-exit=orders");
		MigrationCommandExit valid = run("--multids.validate-and-exit=orders");
		assertThat(valid.getExitCode()).isZero();
		assertThat(valid.getLines()).singleElement().asString().startsWith("orders: valid, at version 2");
	}

	@Test
	void infoAndExitPrintsVersionAndPendingMigrations() {
		run("--multids.migrate-and-exit=events");
		MigrationCommandExit exit = run("--multids.info-and-exit=all");
		assertThat(exit.getExitCode()).isZero();
		assertThat(exit.getLines()).hasSize(2);
		assertThat(exit.getLines()).anyMatch(
				(line) -> line.startsWith("orders: at version none, 2 pending: V1__orders.sql, V2__order_total.sql"))
			.anyMatch((line) -> line.startsWith("events: at version 1, no pending migrations"));
	}

	@Test
	void sourceWithoutMigrationsIsReported() {
		MigrationCommandExit exit = run("--multids.migrate-and-exit=events",
				"--datasources.events.flyway.locations=classpath:migrate/none");
		assertThat(exit.getExitCode()).isZero();
		assertThat(exit.getLines()).singleElement().asString().startsWith("events: no migrations");
	}

	@Test
	void twoCommandsAtOnceExitWithOne() {
		MigrationCommandExit exit = run("--multids.migrate-and-exit=all", "--multids.info-and-exit=all");
		assertThat(exit.getExitCode()).isOne();
		assertThat(exit.getLines()).singleElement().asString().contains("Several migration commands");
	}

	@Test
	void migrateAndExitMigratesEveryRegisteredTenantOfATenantSource() throws SQLException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String template = "jdbc:h2:mem:customers_" + run + "_{tenant};DB_CLOSE_DELAY=-1";
		MigrationCommandExit exit = run(
				Map.of("datasources.customers.url", template, "datasources.customers.flyway.locations",
						"classpath:db/migration/customers", "datasources.customers.tenants.names", "acme,globex"),
				"--multids.migrate-and-exit=customers");
		assertThat(exit.getExitCode()).isZero();
		assertThat(exit.getLines()).hasSize(2)
			.anyMatch((line) -> line.startsWith("customers/acme: applied 1 migration, now at version 1"))
			.anyMatch((line) -> line.startsWith("customers/globex: applied 1 migration, now at version 1"));
		assertThat(tables(template.replace("{tenant}", "acme"))).contains("FLYWAY_SCHEMA_HISTORY", "CUSTOMER");
		assertThat(tables(template.replace("{tenant}", "globex"))).contains("FLYWAY_SCHEMA_HISTORY", "CUSTOMER");
		assertThat(tables(this.orders)).isEmpty();
	}

	private MigrationCommandExit run(String... args) {
		return run(Map.of(), args);
	}

	private MigrationCommandExit run(Map<String, Object> more, String... args) {
		SpringApplication application = new SpringApplication(CommandConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources.orders.default", "true");
		properties.put("datasources.orders.url", this.orders);
		properties.put("datasources.orders.flyway.locations", "classpath:migrate/orders");
		properties.put("datasources.events.url", this.events);
		properties.put("datasources.events.flyway.locations", "classpath:migrate/events");
		properties.putAll(more);
		application.setDefaultProperties(properties);
		return catchThrowableOfType(MigrationCommandExit.class, () -> application.run(args));
	}

	private static String url(String name) {
		return "jdbc:h2:mem:" + name + "_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
	}

	static List<String> tables(String url) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
			}
		}
		return tables;
	}

	@Configuration(proxyBeanMethods = false)
	static class CommandConfiguration {

	}

}
