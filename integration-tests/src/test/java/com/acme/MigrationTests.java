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

package com.acme;

import javax.sql.DataSource;

import com.acme.support.Rows;
import com.zaxxer.hikari.HikariDataSource;
import com.acme.support.ShopIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each source is migrated by its own Flyway into its own history table, before its
 * EntityManagerFactory validates the schema.
 *
 * @author multids
 */
@ShopIntegrationTest
class MigrationTests {

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	@Autowired
	@Qualifier("orders")
	private EntityManagerFactory ordersEntityManagerFactory;

	@Autowired
	@Qualifier("events")
	private EntityManagerFactory eventsEntityManagerFactory;

	@Test
	void eachSourceHasItsOwnFlywayHistory() {
		Rows rows = Rows.of(this.scratchDataSource);
		assertThat(rows.appliedMigrations("orders")).containsExactly("V1__orders_schema.sql");
		assertThat(rows.appliedMigrations("events")).containsExactly("V1__events_schema.sql");
		assertThat(rows.appliedMigrations("scratch")).containsExactly("V1__scratch_schema.sql");
	}

	@Test
	void eachDatabaseHasOnlyItsSourcesTables() {
		Rows rows = Rows.of(this.scratchDataSource);
		assertThat(rows.hasTable("orders", "purchase_order")).isTrue();
		assertThat(rows.hasTable("orders", "order_event")).isFalse();
		assertThat(rows.hasTable("events", "order_event")).isTrue();
		assertThat(rows.hasTable("events", "purchase_order")).isFalse();
		assertThat(rows.hasTable("scratch", "note")).isTrue();
		assertThat(rows.hasTable("scratch", "purchase_order")).isFalse();
	}

	@Test
	void scratchWithoutUrlIsAnEmbeddedDatabaseNamedScratch() throws Exception {
		assertThat(this.scratchDataSource.unwrap(HikariDataSource.class).getJdbcUrl())
			.matches("jdbc:h2:mem:scratch(;.*)?");
	}

	@Test
	void ordersAndEventsValidateTheirSchema() {
		assertThat(this.ordersEntityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
		assertThat(this.eventsEntityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
	}

}
