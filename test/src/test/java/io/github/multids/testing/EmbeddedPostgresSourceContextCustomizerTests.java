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
package io.github.multids.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmbeddedPostgresSourceContextCustomizer} on the JVM's embedded
 * PostgreSQL server.
 *
 * @author multids
 */
class EmbeddedPostgresSourceContextCustomizerTests {

	private final EmbeddedPostgresSourceContextCustomizer customizer = new EmbeddedPostgresSourceContextCustomizer(
			Set.of("events"));

	@Test
	void eachTestContextGetsAnEmptyDatabaseOfItsOwn() throws SQLException {
		ConfigurableEnvironment first = customize();
		try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
			statement.execute("create table event (name text)");
		}
		ConfigurableEnvironment second = customize();
		assertThat(second.getProperty("datasources.events.url"))
			.isNotEqualTo(first.getProperty("datasources.events.url"));
		try (Connection connection = connect(second)) {
			assertThat(connection.getMetaData().getTables(null, null, "event", null).next()).isFalse();
		}
	}

	private ConfigurableEnvironment customize() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			this.customizer.customizeContext(context, null);
			return context.getEnvironment();
		}
	}

	private Connection connect(ConfigurableEnvironment environment) throws SQLException {
		return DriverManager.getConnection(environment.getProperty("datasources.events.url"),
				environment.getProperty("datasources.events.username"),
				environment.getProperty("datasources.events.password"));
	}

}
