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

import com.acme.events.OrderEventRepository;
import com.acme.orders.PurchaseOrderRepository;
import com.acme.shared.ScratchNoteRepository;
import com.acme.support.ShopIntegrationTest;
import io.github.multids.DataSourceRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's single-database auto-configurations back off: the context holds multids'
 * beans per source and no second EntityManagerFactory, Flyway or repository.
 *
 * @author multids
 */
@ShopIntegrationTest
class BackOffTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DataSourceRegistry registry;

	@Test
	void entityManagerFactoriesArePerSourceOnly() {
		assertThat(this.context.getBeanNamesForType(EntityManagerFactory.class)).containsExactlyInAnyOrder(
				"ordersEntityManagerFactory", "eventsEntityManagerFactory", "scratchEntityManagerFactory");
		assertThat(this.context.containsBean("entityManagerFactory")).isFalse();
	}

	@Test
	void flywayIsPerSourceOnly() {
		assertThat(this.context.getBeanNamesForType(Flyway.class)).containsExactlyInAnyOrder("ordersFlyway",
				"eventsFlyway", "scratchFlyway");
		assertThat(this.context.containsBean("flyway")).isFalse();
	}

	@Test
	void dataSourcesAreRoutingPlusOnePoolPerSource() {
		assertThat(this.context.getBeanNamesForType(DataSource.class)).containsExactlyInAnyOrder("dataSource",
				"ordersDataSource", "eventsDataSource", "scratchDataSource");
	}

	@Test
	void transactionManagersAreRoutingPlusOnePerSource() {
		assertThat(this.context.getBeanNamesForType(PlatformTransactionManager.class)).containsExactlyInAnyOrder(
				"transactionManager", "ordersTransactionManager", "eventsTransactionManager",
				"scratchTransactionManager");
	}

	@Test
	void jdbcClientsAreRoutingPlusOnePerSource() {
		assertThat(this.context.getBeanNamesForType(JdbcClient.class)).containsExactlyInAnyOrder("jdbcClient",
				"ordersJdbcClient", "eventsJdbcClient", "scratchJdbcClient");
		assertThat(this.context.getBeanNamesForType(JdbcTemplate.class)).containsExactly("jdbcTemplate");
	}

	@Test
	void eachRepositoryIsRegisteredOnce() {
		assertThat(this.context.getBeanNamesForType(PurchaseOrderRepository.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(OrderEventRepository.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(ScratchNoteRepository.class)).hasSize(1);
	}

	@Test
	void registryDescribesTheConfiguredSources() {
		assertThat(this.registry.names()).containsExactly("orders", "events", "scratch");
		assertThat(this.registry.defaultName()).isEqualTo("orders");
		assertThat(this.registry.dataSource("events")).isSameAs(this.context.getBean("eventsDataSource"));
		assertThat(this.registry.transactionManager("scratch"))
			.isSameAs(this.context.getBean("scratchTransactionManager"));
		assertThat(this.registry.entityManagerFactory("orders"))
			.containsSame(this.context.getBean("ordersEntityManagerFactory", EntityManagerFactory.class));
	}

}
