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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.acme.ShopApplication;
import com.acme.support.TestDatabases;
import io.github.multids.DataSourceContext;
import io.github.multids.DataSourceRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A password given in configuration, here the real password of the {@code events} user
 * and of the embedded {@code scratch} database, never shows in the logs (at debug level),
 * in exception messages or in any actuator endpoint with Spring Boot's default masking.
 *
 * @author multids
 */
@ExtendWith({ OutputCaptureExtension.class, RunDatabases.class })
@SpringBootTest(classes = ShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=*", "management.endpoint.health.show-details=always",
				"management.endpoint.health.show-components=always", "logging.level.com.zaxxer.hikari=DEBUG",
				"logging.level.io.github.multids=TRACE", "logging.level.org.springframework.jdbc=DEBUG",
				"datasources.scratch.hikari.maximum-pool-size=2", "datasources.orders.hikari.maximum-pool-size=2",
				"datasources.events.hikari.maximum-pool-size=2" })
@ContextConfiguration(initializers = SecretExposureTests.PasswordProtectedSources.class)
@DirtiesContext
class SecretExposureTests {

	private static final String EVENTS_USER = "multids_s" + UUID.randomUUID().toString().substring(0, 8);

	@LocalServerPort
	private int port;

	@Autowired
	private DataSourceRegistry registry;

	@AfterAll
	static void dropEventsUser() throws SQLException {
		execute("drop user if exists '" + EVENTS_USER + "'@'%'");
	}

	@Test
	void configuredPasswordNeverShowsInLogsMessagesOrEndpoints(CapturedOutput output) throws Exception {
		assertThat(this.registry.jdbcClient("events").sql("select current_user()").query(String.class).single())
			.as("events logs in as the password-protected user")
			.startsWith(EVENTS_USER + "@");
		Map<String, Integer> endpoints = new EveryEndpoint(this.port)
			.read(List.of("health/datasources", "health/datasources/events", "health/datasources/scratch"));
		assertThat(endpoints).as("endpoints read").containsKeys("health", "env", "configprops", "datasources");
		assertThat(endpoints).allSatisfy((endpoint, status) -> assertThat(status).as(endpoint).isEqualTo(200));
		for (String source : this.registry.names()) {
			assertThatException()
				.isThrownBy(
						() -> this.registry.jdbcClient(source).sql("select * from no_such_table").query().listOfRows())
				.satisfies(Secrets::assertAbsentFromCauseChain);
			Secrets.assertAbsent("the pool of " + source, this.registry.dataSource(source).toString());
		}
		assertThatException().isThrownBy(() -> DataSourceContext.run("evnts", () -> {
		})).satisfies(Secrets::assertAbsentFromCauseChain);
		assertThat(output.getAll()).as("startup was captured").contains("events - Start completed");
		Secrets.assertAbsent("the log output", output.getAll());
		Figures.print("secrets", "endpoints read", endpoints.size(), "endpoints", endpoints.keySet(), "log characters",
				output.getAll().length(), "password shown", 0);
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = TestDatabases.get().events().connect();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Gives {@code events} a user of its own with the distinctive password, and
	 * {@code scratch} an embedded database created with it.
	 */
	static class PasswordProtectedSources extends RunDatabases {

		@Override
		protected Map<String, Object> properties(TestDatabases databases) {
			try {
				execute("create user if not exists '" + EVENTS_USER + "'@'%' identified by '" + Secrets.PASSWORD + "'");
				execute("grant all privileges on " + databases.name() + ".* to '" + EVENTS_USER + "'@'%'");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the events user", ex);
			}
			Map<String, Object> properties = super.properties(databases);
			properties.put("datasources.events.username", EVENTS_USER);
			properties.put("datasources.events.password", Secrets.PASSWORD);
			properties.put("datasources.scratch.url", "jdbc:h2:mem:reliability_secrets_"
					+ UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
			properties.put("datasources.scratch.password", Secrets.PASSWORD);
			return properties;
		}

	}

}
