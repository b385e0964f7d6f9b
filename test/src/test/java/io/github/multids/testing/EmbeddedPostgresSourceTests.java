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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmbeddedPostgresSource @EmbeddedPostgresSource}: two sources on
 * embedded PostgreSQL, each in its own database.
 *
 * @author multids
 */
@SpringBootTest(classes = NamedDatabasesApplication.class)
@EmbeddedPostgresSource({ "orders", "events" })
class EmbeddedPostgresSourceTests {

	@Autowired
	@Qualifier("events")
	private JdbcClient eventsJdbcClient;

	@Autowired
	@Qualifier("orders")
	private JdbcClient ordersJdbcClient;

	@Autowired
	private ConfigurableEnvironment environment;

	@Test
	void rowWrittenThroughEventsIsInTheEventsDatabaseOnly() throws SQLException {
		this.eventsJdbcClient.sql("create table event (name varchar(50))").update();
		this.eventsJdbcClient.sql("insert into event (name) values ('order-placed')").update();
		SourceDatabases databases = new SourceDatabases(this.environment);
		assertThat(databases.query("events", "select name from event")).containsExactly("order-placed");
		assertThat(databases.hasTable("orders", "event")).isFalse();
	}

	@Test
	void rowWrittenThroughOrdersIsInTheOrdersDatabaseOnly() throws SQLException {
		this.ordersJdbcClient.sql("create table purchase (id int)").update();
		this.ordersJdbcClient.sql("insert into purchase (id) values (42)").update();
		SourceDatabases databases = new SourceDatabases(this.environment);
		assertThat(databases.query("orders", "select id from purchase")).containsExactly("42");
		assertThat(databases.hasTable("events", "purchase")).isFalse();
	}

	@Test
	void eachSourceIsOnPostgresqlInItsOwnDatabase() throws SQLException {
		SourceDatabases databases = new SourceDatabases(this.environment);
		assertThat(databases.url("orders")).startsWith("jdbc:postgresql://localhost:").contains("/multids_orders_");
		assertThat(databases.url("events")).contains("/multids_events_");
		assertThat(this.eventsJdbcClient.sql("select current_database()").query(String.class).single())
			.isEqualTo(databases.url("events").substring(databases.url("events").lastIndexOf('/') + 1));
	}

	@Test
	void propertySourceComesFirst() {
		assertThat(this.environment.getPropertySources().iterator().next().getName())
			.isEqualTo(SourceConnections.PROPERTY_SOURCE_NAME);
		assertThat(this.environment.getProperty("datasources.events.driver-class-name"))
			.isEqualTo("org.postgresql.Driver");
	}

}
