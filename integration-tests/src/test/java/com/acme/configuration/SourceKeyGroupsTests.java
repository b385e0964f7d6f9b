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

package com.acme.configuration;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import com.acme.support.DirectJdbc;
import com.acme.support.PostgresRole;
import com.acme.support.Startup;
import com.acme.support.StartupFailure;
import com.acme.support.TestDatabasesExtension;
import com.example.plain.PlainApplication;
import com.example.sourcekeys.shelf.ShelfApplication;
import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceRegistry;
import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.Vendor;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every group of keys under `datasources.<name>` applies what it accepts, with an effect
 * seen in the database or on the bean it configures, and refuses at startup what it would
 * not apply, naming the key and saying what to do.
 *
 * @author multids
 */
@ExtendWith({ OutputCaptureExtension.class, TestDatabasesExtension.class })
class SourceKeyGroupsTests {

	@Test
	void connectionKeysAreAppliedOrRefused(CapturedOutput output) {
		Database database = FreshDatabases.create(Vendor.POSTGRESQL, "keys_connection");
		try (PostgresRole application = PostgresRole.create(database, "multids_app", "app-password")) {
			Map<String, Object> properties = source("keysconn", database);
			properties.put("datasources.keysconn.username", application.name());
			properties.put("datasources.keysconn.password", "app-password");
			try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
				assertThat(currentUser(context, "keysconn")).isEqualTo(application.name());
			}
		}
		assertRefused(output, "keysconn", database, "jndi-name", "java:comp/env/jdbc/keysconn",
				"set 'url', 'username' and 'password' of the source",
				"'datasources.keysconn.jndi-name' is not supported");
		assertRefused(output, "keysconn", database, "type", "org.apache.commons.dbcp2.BasicDataSource", "'hikari.*'",
				"'datasources.keysconn.type' is not supported", "always HikariCP");
		assertRefused(output, "keysconn", database, "xa.data-source-class-name", "org.postgresql.xa.PGXADataSource",
				"Remove the 'xa.*' keys", "'datasources.keysconn.xa.data-source-class-name' is not supported", "XA");
	}

	@Test
	void poolKeysAreAppliedOrRefused(CapturedOutput output) {
		Database database = FreshDatabases.create(Vendor.POSTGRESQL, "keys_pool");
		Map<String, Object> properties = source("keyspool", database);
		properties.put("datasources.keyspool.hikari.maximum-pool-size", "3");
		properties.put("datasources.keyspool.hikari.minimum-idle", "1");
		properties.put("datasources.keyspool.hikari.connection-init-sql", "set application_name = 'multids-keys-pool'");
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			HikariDataSource pool = context.getBean("keyspoolDataSource", HikariDataSource.class);
			assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
			assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isBetween(1, 3);
			assertThat(DirectJdbc.column(database,
					"select count(*) from pg_stat_activity where application_name = 'multids-keys-pool'"))
				.singleElement()
				.satisfies((count) -> assertThat(Integer.parseInt(count)).isBetween(1, 3));
		}
		assertRefused(output, "keyspool", database, "hikari.pool-name", "main", "the pool name is the source name",
				"'datasources.keyspool.hikari.pool-name' is not supported");
	}

	@Test
	void jpaKeysAreAppliedOrRefused(CapturedOutput output) {
		Database database = FreshDatabases.create(Vendor.POSTGRESQL, "keys_jpa");
		Map<String, Object> properties = source("keysjpa", database);
		properties.put("datasources.keysjpa.jpa.hibernate.ddl-auto", "create");
		properties.put("datasources.keysjpa.jpa.properties.hibernate.jdbc.batch_size", "17");
		try (ConfigurableApplicationContext context = Startup.run(ShelfApplication.class, properties)) {
			assertThat(context.getBean("keysjpaEntityManagerFactory", EntityManagerFactory.class).getProperties())
				.containsEntry("hibernate.jdbc.batch_size", "17");
			assertThat(DirectJdbc.tables(database)).contains("shelf");
		}
		assertRefused(output, ShelfApplication.class, "keysjpa", database, "jpa.open-in-view", "false",
				"'spring.jpa.open-in-view'", "'datasources.keysjpa.jpa.open-in-view' is not supported");
		assertRefused(output, ShelfApplication.class, "keysjpa", database, "jpa.bootstrap", "async", "Remove the key",
				"'datasources.keysjpa.jpa.bootstrap' is not supported");
	}

	@Test
	void flywayKeysAreAppliedOrRefused(CapturedOutput output) {
		Database database = FreshDatabases.create(Vendor.POSTGRESQL, "keys_flyway");
		try (PostgresRole ddl = PostgresRole.create(database, "multids_ddl", "ddl-password")) {
			Map<String, Object> properties = source("keysflyway", database);
			properties.put("datasources.keysflyway.flyway.user", ddl.name());
			properties.put("datasources.keysflyway.flyway.password", "ddl-password");
			properties.put("datasources.keysflyway.flyway.execute-in-transaction", "false");
			properties.put("datasources.keysflyway.flyway.callback-locations", "classpath:db/callback/keysflyway");
			try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
				assertThat(currentUser(context, "keysflyway")).isEqualTo(database.server().user());
			}
			assertThat(DirectJdbc.column(database,
					"select tablename || ' owned by ' || tableowner from pg_tables where schemaname = 'public'"
							+ " order by tablename"))
				.containsExactly("flyway_schema_history owned by " + ddl.name(), "ledger owned by " + ddl.name(),
						"transaction_id owned by " + ddl.name());
			assertThat(DirectJdbc.column(database, "select count(distinct id) from transaction_id"))
				.as("transactions the two inserts of a migration ran in")
				.containsExactly("2");
			assertThat(DirectJdbc.column(database, "select entry from ledger"))
				.containsExactly("afterMigrate callback");
		}
		assertRefused(output, "keysflyway", database, "flyway.oracle.sqlplus", "true", "FlywayConfigurationCustomizer",
				"'datasources.keysflyway.flyway.oracle.sqlplus' is not supported");
		assertRefused(output, "keysflyway", database, "flyway.sqlserver.kerberos-login-file", "/etc/krb5.conf",
				"FlywayConfigurationCustomizer",
				"'datasources.keysflyway.flyway.sqlserver.kerberos-login-file' is not supported");
	}

	@Test
	void flywayUrlMigratesAnotherDatabase() {
		Database database = FreshDatabases.create(Vendor.POSTGRESQL, "keys_home");
		Database migrated = FreshDatabases.create(Vendor.POSTGRESQL, "keys_remote");
		Map<String, Object> properties = source("keysremote", database);
		properties.put("datasources.keysremote.flyway.url", migrated.url());
		properties.put("datasources.keysremote.flyway.user", migrated.server().user());
		properties.put("datasources.keysremote.flyway.password", migrated.server().password());
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			assertThat(DirectJdbc.tables(migrated)).contains("remote_entry", "flyway_schema_history");
			assertThat(DirectJdbc.tables(database)).doesNotContain("remote_entry", "flyway_schema_history");
		}
	}

	@Test
	void sqlInitKeysAreAppliedOrRefused(CapturedOutput output) {
		Database other = FreshDatabases.create(Vendor.POSTGRESQL, "keys_init_other");
		Database database = FreshDatabases.create(Vendor.MYSQL, "keys_init");
		Map<String, Object> properties = source("keysother", other);
		properties.put("datasources.keysother.default", "true");
		properties.putAll(source("keysinit", database));
		properties.put("datasources.keysinit.sql.init.mode", "always");
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			assertThat(DirectJdbc.column(database, "select text from init_note order by id"))
				.containsExactly("from db/sql/keysinit/data.sql", "second row");
			assertThat(DirectJdbc.tables(other)).doesNotContain("init_note");
		}
		assertRefused(output, "keysinit", database, "sql.init.enabled", "false", "Remove the key or correct it",
				"'datasources.keysinit.sql.init.enabled' is not a known property");
	}

	@Test
	void healthKeysAreAppliedOrRefused(CapturedOutput output) throws IOException {
		Database database = FreshDatabases.create(Vendor.POSTGRESQL, "keys_health");
		Map<String, Object> properties = source("keyshealth", database);
		properties.put("datasources.keyshealth.default", "true");
		properties.putAll(source("keyshidden", database));
		properties.put("datasources.keyshidden.health.enabled", "false");
		properties.put("datasources.keysdown.url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/keys_health");
		properties.put("datasources.keysdown.hikari.connection-timeout", "1000");
		properties.put("datasources.keysdown.health.critical", "false");
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			assertThat(context.getBean(DataSourceRegistry.class).names()).contains("keysdown");
			CompositeHealthContributor health = context.getBean("datasourcesHealthContributor",
					CompositeHealthContributor.class);
			assertThat(health.getContributor("keyshealth")).isNotNull();
			assertThat(health.getContributor("keysdown")).isNotNull();
			assertThat(health.getContributor("keyshidden")).isNull();
		}
		assertRefused(output, "keyshealth", database, "health.show-details", "always", "Remove the key or correct it",
				"'datasources.keyshealth.health.show-details' is not a known property");
	}

	private static Map<String, Object> source(String name, Database database) {
		return new LinkedHashMap<>(database.properties(name));
	}

	/**
	 * Assert that {@link PlainApplication} refuses to start with a key of a source.
	 * @param output the output captured during the test
	 * @param source the name of the source
	 * @param database the database of the source
	 * @param key the key under {@code datasources.<source>}
	 * @param value the value of the key
	 * @param action what the action must say
	 * @param description what the description must say
	 */
	private static void assertRefused(CapturedOutput output, String source, Database database, String key, String value,
			String action, String... description) {
		assertRefused(output, PlainApplication.class, source, database, key, value, action, description);
	}

	private static void assertRefused(CapturedOutput output, Class<?> application, String source, Database database,
			String key, String value, String action, String... description) {
		Map<String, Object> properties = source(source, database);
		properties.put("datasources." + source + "." + key, value);
		StartupFailure failure = Startup.failure(output, application, properties);
		failure.assertDescription(description);
		failure.assertAction(action);
	}

	private static String currentUser(ConfigurableApplicationContext context, String source) {
		return context.getBean(DataSourceRegistry.class)
			.jdbcClient(source)
			.sql("select current_user")
			.query(String.class)
			.single();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
