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

package com.acme.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.acme.support.DirectJdbc;
import com.acme.support.Startup;
import com.acme.support.TestDatabasesExtension;
import com.example.plain.PlainApplication;
import io.github.multids.DataSourceRegistry;
import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.Vendor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A source's `flyway.password`, here the real password of a MariaDB user that migrations
 * run as while the application uses another, never shows in the logs (at debug level), in
 * exception messages or in any actuator endpoint.
 *
 * @author multids
 */
@ExtendWith({ OutputCaptureExtension.class, TestDatabasesExtension.class })
class FlywayPasswordExposureTests {

	private static final String DDL_USER = "multids_f" + UUID.randomUUID().toString().substring(0, 8);

	private static Database database;

	@BeforeAll
	static void createMigrationUser() throws SQLException {
		database = FreshDatabases.create(Vendor.MYSQL, "keys_vault");
		execute("create user '" + DDL_USER + "'@'%' identified by '" + Secrets.PASSWORD + "'");
		execute("grant all privileges on " + name(database) + ".* to '" + DDL_USER + "'@'%'");
	}

	@AfterAll
	static void dropMigrationUser() throws SQLException {
		execute("drop user if exists '" + DDL_USER + "'@'%'");
	}

	@Test
	void flywayPasswordNeverShowsInLogsMessagesOrEndpoints(CapturedOutput output) throws Exception {
		Map<String, Object> properties = vault(database);
		properties.put("server.port", "0");
		properties.put("management.endpoints.web.exposure.include", "*");
		properties.put("management.endpoint.health.show-details", "always");
		properties.put("management.endpoint.health.show-components", "always");
		properties.put("logging.level.org.flywaydb", "DEBUG");
		properties.put("logging.level.io.github.multids", "TRACE");
		properties.put("logging.level.org.springframework.jdbc", "DEBUG");
		properties.put("logging.level.com.zaxxer.hikari", "DEBUG");
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, WebApplicationType.SERVLET,
				properties)) {
			assertThat(DirectJdbc.column(database, "select installed_by from flyway_schema_history"))
				.as("migrations run as the user whose password is flyway.password")
				.containsOnly(DDL_USER);
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			Map<String, Integer> endpoints = new EveryEndpoint(port).read(List.of("health/datasources/keysvault"));
			assertThat(endpoints).as("endpoints read").containsKeys("health", "env", "configprops", "flyway");
			assertThat(endpoints).allSatisfy((endpoint, status) -> assertThat(status).as(endpoint).isEqualTo(200));
			assertThatException()
				.isThrownBy(() -> context.getBean(DataSourceRegistry.class)
					.jdbcClient("keysvault")
					.sql("select * from no_such_table")
					.query()
					.listOfRows())
				.satisfies(Secrets::assertAbsentFromCauseChain);
		}
		assertThat(output.getAll()).as("migrations were logged").contains("Successfully applied 1 migration");
		Secrets.assertAbsent("the log output", output.getAll());
	}

	@Test
	void aMigrationThatCannotLogInFailsWithoutShowingThePassword(CapturedOutput output) {
		Database elsewhere = FreshDatabases.create(Vendor.MYSQL, "keys_vault_denied");
		Map<String, Object> properties = vault(database);
		properties.put("datasources.keysvault.flyway.url", elsewhere.url());
		assertThatException().isThrownBy(() -> Startup.run(PlainApplication.class, properties).close())
			.satisfies(Secrets::assertAbsentFromCauseChain)
			.satisfies((failure) -> assertThat(failure).rootCause().hasMessageContaining(DDL_USER));
		Secrets.assertAbsent("the log output", output.getAll());
	}

	private static Map<String, Object> vault(Database database) {
		Map<String, Object> properties = new LinkedHashMap<>(database.properties("keysvault"));
		properties.put("datasources.keysvault.flyway.user", DDL_USER);
		properties.put("datasources.keysvault.flyway.password", Secrets.PASSWORD);
		return properties;
	}

	private static String name(Database database) {
		return database.url().replaceFirst("^.*/([^/?]+).*$", "$1");
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
