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
package com.acme.migrations;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.acme.support.DirectJdbc;
import com.acme.support.Startup;
import com.acme.support.StartupFailure;
import com.acme.support.TestDatabasesExtension;
import com.example.plain.PlainApplication;
import io.github.multids.autoconfigure.migrations.MigrationCommandExit;
import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.Vendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The migration commands and `migrations.at-start` on PostgreSQL and MariaDB, started as
 * a user starts a web application, and checked over plain JDBC.
 *
 * @author multids
 */
@ExtendWith({ TestDatabasesExtension.class, OutputCaptureExtension.class })
class MigrationCommandsTests {

	@Test
	void migrateAndExitMigratesTheNamedSourceOnlyWithoutServing() throws IOException {
		Database orders = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_orders");
		Database events = FreshDatabases.create(Vendor.MYSQL, "cmd_events");
		int port = freePort();
		MigrationCommandExit exit = command(sources(orders, events), "--server.port=" + port,
				"--multids.migrate-and-exit=orders");
		assertThat(exit.getExitCode()).isZero();
		assertThat(exit.getLines()).singleElement()
			.asString()
			.matches("orders: applied 2 migrations, now at version 2 \\(\\d+ ms\\)");
		assertThat(DirectJdbc.tables(orders)).contains("flyway_schema_history", "cmd_order");
		assertThat(DirectJdbc.tables(events)).isEmpty();
		try (ServerSocket socket = new ServerSocket(port)) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

	@Test
	void migrateAndExitAllMigratesEverySource() {
		Database orders = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_all_orders");
		Database events = FreshDatabases.create(Vendor.MYSQL, "cmd_all_events");
		MigrationCommandExit exit = command(sources(orders, events), "--multids.migrate-and-exit=all");
		assertThat(exit.getExitCode()).isZero();
		assertThat(exit.getLines()).hasSize(2)
			.anyMatch((line) -> line.startsWith("orders: applied 2 migrations, now at version 2"))
			.anyMatch((line) -> line.startsWith("events: applied 1 migration, now at version 1"));
		assertThat(DirectJdbc.tables(events)).contains("flyway_schema_history", "cmd_event");
	}

	@Test
	void failingMigrationExitsWithOneNamingTheSourceAndTheScript() {
		Database orders = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_broken_orders");
		Database events = FreshDatabases.create(Vendor.MYSQL, "cmd_broken_events");
		Map<String, Object> properties = sources(orders, events);
		properties.put("datasources.orders.flyway.locations", "classpath:commands/broken");
		MigrationCommandExit exit = command(properties, "--multids.migrate-and-exit=all");
		assertThat(exit.getExitCode()).isOne();
		assertThat(exit.getLines())
			.anyMatch((line) -> line.startsWith("orders: FAILED") && line.contains("V2__cmd_broken.sql")
					&& line.contains("syntax"))
			.anyMatch((line) -> line.startsWith("events: applied 1 migration"));
	}

	@Test
	void validateAndInfoAndExitReportPendingMigrations() {
		Database orders = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_info_orders");
		Database events = FreshDatabases.create(Vendor.MYSQL, "cmd_info_events");
		Map<String, Object> properties = sources(orders, events);
		command(properties, "--multids.migrate-and-exit=events");
		MigrationCommandExit validate = command(properties, "--multids.validate-and-exit=all");
		assertThat(validate.getExitCode()).isOne();
		assertThat(validate.getLines())
			.anyMatch(
					(line) -> line.startsWith("orders: FAILED 2 pending: V1__cmd_orders.sql, V2__cmd_order_total.sql"))
			.anyMatch((line) -> line.startsWith("events: valid, at version 1"));
		MigrationCommandExit info = command(properties, "--multids.info-and-exit=orders,events");
		assertThat(info.getExitCode()).isZero();
		assertThat(info.getLines())
			.anyMatch((line) -> line
				.startsWith("orders: at version none, 2 pending: V1__cmd_orders.sql, V2__cmd_order_total.sql"))
			.anyMatch((line) -> line.startsWith("events: at version 1, no pending migrations"));
		assertThat(DirectJdbc.tables(orders)).doesNotContain("cmd_order");
	}

	@Test
	void unknownSourceNameExitsWithOneListingTheKnownNames() {
		Database orders = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_unknown_orders");
		Database events = FreshDatabases.create(Vendor.MYSQL, "cmd_unknown_events");
		MigrationCommandExit exit = command(sources(orders, events), "--multids.migrate-and-exit=ordrs");
		assertThat(exit.getExitCode()).isOne();
		assertThat(exit.getLines()).singleElement()
			.asString()
			.contains("names [ordrs], which is not a configured source; the sources are [orders, events]");
		assertThat(DirectJdbc.tables(orders)).isEmpty();
	}

	@Test
	void aShardedSourceIsNotMigratedThroughItsEngineButReportedAsNotCovered() {
		Database orders = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_sharded_orders");
		Map<String, Object> properties = new LinkedHashMap<>(orders.properties("orders"));
		properties.put("datasources.orders.default", "true");
		properties.put("datasources.orders.flyway.locations", "classpath:commands/orders");
		properties.put("datasources.purchases.url", "jdbc:shardingsphere:classpath:sharding/purchases.yaml");
		MigrationCommandExit exit = command(properties, "--multids.migrate-and-exit=all");
		assertThat(exit.getExitCode()).isOne();
		assertThat(exit.getLines()).anySatisfy((line) -> assertThat(line)
			.startsWith("purchases: FAILED a sharded source's physical databases are migrated when the application"
					+ " starts"));
		assertThat(exit.getLines()).anySatisfy((line) -> assertThat(line).startsWith("orders: applied 2 migrations"));
	}

	@Test
	void validateAtStartFailsWithPendingMigrationsAndPassesOnceMigrated(CapturedOutput output) {
		Database orders = FreshDatabases.create(Vendor.MYSQL, "cmd_validate_orders");
		Database events = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_validate_events");
		Map<String, Object> properties = sources(orders, events);
		properties.put("datasources.orders.migrations.at-start", "validate");
		StartupFailure failure = Startup.failure(output, PlainApplication.class, properties);
		failure.assertDescription("Source 'orders' is not migrated",
				"2 pending: V1__cmd_orders.sql, V2__cmd_order_total.sql");
		failure.assertAction("--multids.migrate-and-exit=orders");
		assertThat(DirectJdbc.tables(orders)).isEmpty();
		assertThat(command(properties, "--multids.migrate-and-exit=orders").getExitCode()).isZero();
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			assertThat(context.isRunning()).isTrue();
		}
	}

	@Test
	void noneAtStartLeavesTheDatabaseAlone() {
		Database orders = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_none_orders");
		Database events = FreshDatabases.create(Vendor.MYSQL, "cmd_none_events");
		Map<String, Object> properties = sources(orders, events);
		properties.put("datasources.orders.migrations.at-start", "none");
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			assertThat(DirectJdbc.tables(orders)).isEmpty();
			assertThat(DirectJdbc.tables(events)).contains("flyway_schema_history", "cmd_event");
		}
	}

	@Test
	void liquibaseSourceAppliesItsOwnChangeLogNextToAFlywaySource() {
		Database orders = FreshDatabases.create(Vendor.MYSQL, "cmd_lb_orders");
		Database journal = FreshDatabases.create(Vendor.POSTGRESQL, "cmd_lb_journal");
		Map<String, Object> properties = new LinkedHashMap<>(orders.properties("orders"));
		properties.put("datasources.orders.default", "true");
		properties.put("datasources.orders.flyway.locations", "classpath:commands/orders");
		properties.putAll(journal.properties("journal"));
		properties.put("datasources.journal.liquibase.change-log", "classpath:commands/ledger/changelog.yaml");
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			assertThat(DirectJdbc.tables(journal)).contains("databasechangelog", "cmd_ledger")
				.doesNotContain("flyway_schema_history");
			assertThat(DirectJdbc.column(journal, "select id from databasechangelog")).containsExactly("ledger-1");
			assertThat(DirectJdbc.tables(orders)).contains("flyway_schema_history", "cmd_order")
				.doesNotContain("databasechangelog");
		}
		MigrationCommandExit info = command(properties, "--multids.info-and-exit=journal");
		assertThat(info.getLines()).singleElement()
			.asString()
			.startsWith("journal: at change set ledger-1 (commands/ledger/changelog.yaml), no pending change sets");
	}

	@Test
	void migrateAndExitMigratesEveryRegisteredTenantOfATenantSource() {
		for (Vendor vendor : List.of(Vendor.POSTGRESQL, Vendor.MYSQL)) {
			String prefix = "cmd_tn_" + vendor.name().toLowerCase(java.util.Locale.ROOT) + "_";
			Database orders = FreshDatabases.create(vendor, prefix + "orders");
			Database acme = FreshDatabases.create(vendor, prefix + "acme");
			Database globex = FreshDatabases.create(vendor, prefix + "globex");
			Map<String, Object> properties = new LinkedHashMap<>(orders.properties("orders"));
			properties.put("datasources.orders.default", "true");
			properties.put("datasources.orders.flyway.locations", "classpath:commands/orders");
			properties.putAll(acme.properties("customers"));
			properties.put("datasources.customers.url", acme.url().replace(prefix + "acme", prefix + "{tenant}"));
			properties.put("datasources.customers.flyway.locations", "classpath:commands/events");
			properties.put("datasources.customers.tenants.names", "acme,globex");
			MigrationCommandExit exit = command(properties, "--multids.migrate-and-exit=customers");
			assertThat(exit.getExitCode()).as(vendor.name()).isZero();
			assertThat(exit.getLines()).as(vendor.name())
				.hasSize(2)
				.anyMatch((line) -> line.matches("customers/acme: applied 1 migration, now at version 1 \\(\\d+ ms\\)"))
				.anyMatch((line) -> line.startsWith("customers/globex: applied 1 migration, now at version 1"));
			assertThat(DirectJdbc.tables(acme)).contains("flyway_schema_history", "cmd_event");
			assertThat(DirectJdbc.tables(globex)).contains("flyway_schema_history", "cmd_event");
			assertThat(DirectJdbc.tables(orders)).isEmpty();
		}
	}

	private static Map<String, Object> sources(Database orders, Database events) {
		Map<String, Object> properties = new LinkedHashMap<>(orders.properties("orders"));
		properties.put("datasources.orders.default", "true");
		properties.put("datasources.orders.flyway.locations", "classpath:commands/orders");
		properties.putAll(events.properties("events"));
		properties.put("datasources.events.flyway.locations", "classpath:commands/events");
		return properties;
	}

	// As a user runs the jar: a web application, its configuration as arguments
	private static MigrationCommandExit command(Map<String, Object> properties, String... commands) {
		List<String> arguments = new ArrayList<>(List.of("--spring.config.name=multids-source-keys"));
		properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		arguments.addAll(List.of(commands));
		return catchThrowableOfType(MigrationCommandExit.class,
				() -> SpringApplication.run(PlainApplication.class, arguments.toArray(String[]::new)));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
