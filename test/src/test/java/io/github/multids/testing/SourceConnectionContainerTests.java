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

import java.sql.SQLException;

import io.github.multids.testing.app.NamedDatabasesApplication;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SourceConnection @SourceConnection} on a real PostgreSQL container,
 * next to an embedded PostgreSQL source. Skipped where Docker is not available.
 *
 * @author multids
 */
@SpringBootTest(classes = NamedDatabasesApplication.class)
@Testcontainers(disabledWithoutDocker = true)
@EmbeddedPostgresSource("orders")
class SourceConnectionContainerTests {

	@Container
	@SourceConnection("events")
	static PostgreSQLContainer events = new PostgreSQLContainer("postgres:17-alpine");

	@Autowired
	@Qualifier("events")
	private JdbcClient eventsJdbcClient;

	@Autowired
	private ConfigurableEnvironment environment;

	@Test
	void rowWrittenThroughEventsIsInTheContainerOnly() throws SQLException {
		this.eventsJdbcClient.sql("create table event (name varchar(50))").update();
		this.eventsJdbcClient.sql("insert into event (name) values ('order-placed')").update();
		SourceDatabases databases = new SourceDatabases(this.environment);
		assertThat(databases.url("events")).isEqualTo(events.getJdbcUrl());
		assertThat(databases.query("events", "select name from event")).containsExactly("order-placed");
		assertThat(databases.hasTable("orders", "event")).isFalse();
	}

}
