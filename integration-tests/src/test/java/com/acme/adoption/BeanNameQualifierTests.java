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
package com.acme.adoption;

import java.util.UUID;

import javax.sql.DataSource;

import com.acme.events.OrderEvent;
import com.acme.orders.PurchaseOrder;
import com.acme.support.Rows;
import com.acme.support.ShopIntegrationTest;
import com.acme.support.Table;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that hand-wrote its configuration injects a source's beans by bean name,
 * {@code @Qualifier("eventsDataSource")}, as well as by source name, and reaches the same
 * beans either way; an {@code EntityManager} too, by factory name, source name or
 * persistence unit.
 *
 * @author multids
 */
@ShopIntegrationTest
class BeanNameQualifierTests {

	@Autowired
	@Qualifier("ordersDataSource")
	private DataSource ordersDataSourceByBeanName;

	@Autowired
	@Qualifier("orders")
	private DataSource ordersDataSource;

	@Autowired
	@Qualifier("eventsDataSource")
	private DataSource eventsDataSourceByBeanName;

	@Autowired
	@Qualifier("events")
	private DataSource eventsDataSource;

	@Autowired
	@Qualifier("eventsJdbcClient")
	private JdbcClient eventsJdbcClient;

	@Autowired
	@Qualifier("eventsTransactionManager")
	private PlatformTransactionManager eventsTransactionManager;

	@Autowired
	@Qualifier("events")
	private PlatformTransactionManager eventsTransactionManagerBySource;

	@Autowired
	@Qualifier("ordersTransactionManager")
	private PlatformTransactionManager ordersTransactionManager;

	@Autowired
	@Qualifier("eventsEntityManagerFactory")
	private EntityManagerFactory eventsEntityManagerFactory;

	@Autowired
	@Qualifier("events")
	private EntityManagerFactory eventsEntityManagerFactoryBySource;

	@Autowired
	@Qualifier("eventsFlyway")
	private Flyway eventsFlyway;

	@Autowired
	@Qualifier("events")
	private Flyway eventsFlywayBySource;

	@Autowired
	@Qualifier("eventsEntityManagerFactory")
	private EntityManager eventsEntityManagerByFactoryName;

	@Autowired
	@Qualifier("events")
	private EntityManager eventsEntityManagerBySource;

	@Autowired
	private EventsByUnit eventsByUnit;

	@Autowired
	@Qualifier("ordersEntityManagerFactory")
	private EntityManager ordersEntityManagerByFactoryName;

	@Autowired
	private HandWrittenOrderDao handWrittenOrderDao;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	@Test
	void beanNameAndSourceNameInjectTheSameBeans() {
		assertThat(this.ordersDataSourceByBeanName).isSameAs(this.ordersDataSource);
		assertThat(this.eventsDataSourceByBeanName).isSameAs(this.eventsDataSource).isNotSameAs(this.ordersDataSource);
		assertThat(this.eventsTransactionManager).isSameAs(this.eventsTransactionManagerBySource)
			.isNotSameAs(this.ordersTransactionManager);
		assertThat(this.eventsEntityManagerFactory).isSameAs(this.eventsEntityManagerFactoryBySource);
		assertThat(this.eventsFlyway).isSameAs(this.eventsFlywayBySource);
		assertThat(this.eventsFlyway.getConfiguration().getDataSource()).isSameAs(this.eventsDataSource);
	}

	@Test
	void jdbcClientByBeanNameWritesToItsSource() {
		String marker = marker();
		this.eventsJdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
		rows().assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void entityManagerByFactoryNameWritesToItsSource() {
		String marker = marker();
		persistEvent(this.eventsEntityManagerByFactoryName, marker);
		rows().assertOnlyIn("events", Table.ORDER_EVENT, marker);
	}

	@Test
	void entityManagerBySourceNameWritesToItsSource() {
		String marker = marker();
		persistEvent(this.eventsEntityManagerBySource, marker);
		rows().assertOnlyIn("events", Table.ORDER_EVENT, marker);
	}

	@Test
	void entityManagerByPersistenceUnitWritesToItsSource() {
		String marker = marker();
		persistEvent(this.eventsByUnit.entityManager, marker);
		rows().assertOnlyIn("events", Table.ORDER_EVENT, marker);
	}

	@Test
	void constructorInjectionByBeanNameWritesToItsSource() {
		String marker = marker();
		this.handWrittenOrderDao.place(marker);
		rows().assertOnlyIn("orders", Table.PURCHASE_ORDER, marker);
	}

	private void persistEvent(EntityManager entityManager, String marker) {
		new TransactionTemplate(this.eventsTransactionManager)
			.executeWithoutResult((status) -> entityManager.persist(new OrderEvent("placed", marker)));
	}

	private Rows rows() {
		return Rows.of(this.scratchDataSource);
	}

	private static String marker() {
		return "qualifier-" + UUID.randomUUID();
	}

	/**
	 * A repository as an application writes it by hand: its EntityManager and transaction
	 * manager named by bean name.
	 */
	static class HandWrittenOrderDao {

		private final EntityManager entityManager;

		private final TransactionTemplate transactions;

		HandWrittenOrderDao(EntityManager entityManager, PlatformTransactionManager transactionManager) {
			this.entityManager = entityManager;
			this.transactions = new TransactionTemplate(transactionManager);
		}

		void place(String customer) {
			this.transactions
				.executeWithoutResult((status) -> this.entityManager.persist(new PurchaseOrder(customer, 100)));
		}

	}

	/**
	 * A bean that names its EntityManager by persistence unit (Spring's AOT mode injects
	 * {@code @PersistenceContext} into beans, not into test instances).
	 */
	static class EventsByUnit {

		@PersistenceContext(unitName = "events")
		EntityManager entityManager;

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HandWrittenConfiguration {

		@Bean
		EventsByUnit eventsByUnit() {
			return new EventsByUnit();
		}

		@Bean
		HandWrittenOrderDao handWrittenOrderDao(@Qualifier("ordersEntityManagerFactory") EntityManager entityManager,
				@Qualifier("ordersTransactionManager") PlatformTransactionManager transactionManager) {
			return new HandWrittenOrderDao(entityManager, transactionManager);
		}

	}

}
