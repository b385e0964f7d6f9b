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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.acme.events.OrderEvent;
import com.acme.events.OrderEventRepository;
import com.acme.orders.PurchaseOrder;
import com.acme.orders.PurchaseOrderRepository;
import com.acme.shared.Note;
import com.acme.shared.ScratchNoteRepository;
import com.acme.support.Rows;
import com.acme.support.ShopDatabases;
import com.acme.support.Table;
import io.github.multids.DataSourceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.Commit;
import org.springframework.test.context.transaction.AfterTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} on the shop, as its own tests would use it, on the configured
 * servers ({@code replace = NONE}): every source starts with its pool, migrations,
 * EntityManagerFactory and repositories, {@code TestEntityManager} works on the default
 * source and on any source by qualifier, and the test transaction rolls back on every
 * source the test wrote to, as seen over plain JDBC once it ended.
 *
 * @author multids
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ShopDatabases
class ShopDataJpaTests {

	@Autowired
	private PurchaseOrderRepository purchaseOrders;

	@Autowired
	private OrderEventRepository orderEvents;

	@Autowired
	private ScratchNoteRepository scratchNotes;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	@Qualifier("events")
	private TestEntityManager eventsEntityManager;

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	private final List<Written> written = new ArrayList<>();

	private boolean committed;

	@BeforeEach
	void startCounting() {
		this.written.clear();
		this.committed = false;
	}

	@Test
	void repositoriesOfEverySourceWorkOnTheirDatabase() {
		String marker = marker();
		this.purchaseOrders.save(new PurchaseOrder(marker, 100));
		this.orderEvents.save(new OrderEvent("placed", marker));
		this.scratchNotes.save(new Note(marker));
		assertThat(this.purchaseOrders.findByCustomer(marker)).hasSize(1);
		assertThat(this.orderEvents.findByReference(marker)).hasSize(1);
		assertThat(this.scratchNotes.findByBody(marker)).hasSize(1);
		wrote("orders", Table.PURCHASE_ORDER, marker);
		wrote("events", Table.ORDER_EVENT, marker);
		wrote("scratch", Table.NOTE, marker);
	}

	@Test
	void testEntityManagerWorksOnTheDefaultSource() {
		String marker = marker();
		PurchaseOrder order = this.entityManager.persistFlushFind(new PurchaseOrder(marker, 250));
		assertThat(order.getCustomer()).isEqualTo(marker);
		assertThat(this.purchaseOrders.findByCustomer(marker)).hasSize(1);
		wrote("orders", Table.PURCHASE_ORDER, marker);
	}

	@Test
	void testEntityManagerOfAnotherSourceByQualifier() {
		String marker = marker();
		this.eventsEntityManager.persistAndFlush(new OrderEvent("shipped", marker));
		this.eventsEntityManager.clear();
		assertThat(this.orderEvents.findByReference(marker)).singleElement()
			.extracting(OrderEvent::getType)
			.isEqualTo("shipped");
		wrote("events", Table.ORDER_EVENT, marker);
	}

	@Test
	void routedJdbcWritesJoinTheTestTransaction() {
		String marker = marker();
		DataSourceContext.run("events",
				() -> this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update());
		wrote("events", Table.JOURNAL, marker);
	}

	@Test
	@Commit
	void commitCommitsOnEverySource() {
		String marker = marker();
		this.purchaseOrders.save(new PurchaseOrder(marker, 100));
		this.orderEvents.save(new OrderEvent("placed", marker));
		this.scratchNotes.save(new Note(marker));
		wrote("orders", Table.PURCHASE_ORDER, marker);
		wrote("events", Table.ORDER_EVENT, marker);
		wrote("scratch", Table.NOTE, marker);
		this.committed = true;
	}

	@AfterTransaction
	void everySourceRolledBackUnlessCommitted() {
		assertThat(this.written).as("rows the test wrote").isNotEmpty();
		Rows rows = Rows.of(this.scratchDataSource);
		for (Written row : this.written) {
			if (this.committed) {
				rows.assertOnlyIn(row.source(), row.table(), row.marker());
			}
			else {
				rows.assertNowhere(row.table(), row.marker());
			}
		}
	}

	private void wrote(String source, Table table, String marker) {
		this.written.add(new Written(source, table, marker));
	}

	private static String marker() {
		return "slice-" + UUID.randomUUID();
	}

	private record Written(String source, Table table, String marker) {
	}

}
