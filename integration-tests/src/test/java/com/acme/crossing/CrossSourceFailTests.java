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

package com.acme.crossing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.acme.events.OrderEvent;
import com.acme.events.OrderEventRepository;
import com.acme.orders.PurchaseOrder;
import com.acme.orders.PurchaseOrderRepository;
import com.acme.service.Checkout;
import com.acme.service.Crossing;
import com.acme.service.EventJournal;
import com.acme.support.Rows;
import com.acme.support.ShopIntegrationTest;
import com.acme.support.Table;
import io.github.multids.CrossSourceTransactionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * With {@code multids.transactions.cross-source=fail}, work that would write on
 * {@code events} inside a transaction on {@code orders} is refused before it runs, and
 * the transaction on {@code orders} rolls back: no row on either side.
 *
 * @author multids
 */
@ShopIntegrationTest
@TestPropertySource(properties = { "multids.transactions.cross-source=fail",
		"datasources.scratch.url=jdbc:h2:mem:crossing_fail;DB_CLOSE_DELAY=-1" })
@Import(CrossingFixtures.class)
class CrossSourceFailTests {

	private static final int THREADS = 8;

	private static final int ROUNDS = 20;

	@Autowired
	private Checkout checkout;

	@Autowired
	private OrdersWork ordersWork;

	@Autowired
	private EventsNotes eventsNotes;

	@Autowired
	private EventsReader eventsReader;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private EventJournal eventJournal;

	@Autowired
	private OrderEventRepository orderEvents;

	@Autowired
	private PurchaseOrderRepository purchaseOrders;

	@Autowired
	@Qualifier("events")
	private JdbcClient eventsJdbcClient;

	@Autowired
	@Qualifier("ordersTransactionManager")
	private PlatformTransactionManager ordersTransactionManager;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	private Rows rows;

	@BeforeEach
	void lookUpRows() {
		this.rows = Rows.of(this.scratchDataSource);
	}

	@ParameterizedTest
	@EnumSource(Crossing.class)
	void crossingIsRefusedAndLeavesNoRowOnEitherSide(Crossing crossing) {
		String marker = marker();
		assertThatExceptionOfType(CrossSourceTransactionException.class)
			.isThrownBy(() -> this.checkout.place(marker, crossing, false))
			.satisfies((ex) -> {
				assertThat(ex.getTransactionSource()).isEqualTo("orders");
				assertThat(ex.getTargetSource()).isEqualTo("events");
				assertThat(ex.getMessage()).contains("'fail'", "inside a transaction on source 'orders'");
			});
		for (String written : new String[] { marker, marker + "-events", marker + "-scratch", marker + "-orders" }) {
			this.rows.assertNowhere(Table.PURCHASE_ORDER, written);
			this.rows.assertNowhere(Table.JOURNAL, written);
			this.rows.assertNowhere(Table.ORDER_EVENT, written);
		}
	}

	@Test
	void requiresNewOnEventsIsRefusedNamingTheMethod() {
		String marker = marker();
		assertThatExceptionOfType(CrossSourceTransactionException.class)
			.isThrownBy(() -> this.checkout.place(marker, Crossing.REQUIRES_NEW_ON_EVENTS, false))
			.satisfies(
					(ex) -> assertThat(ex.getCallSite()).isEqualTo("com.acme.service.EventJournal.recordEventApart"));
	}

	@Test
	void readOnlyWorkOnEventsIsNotRefused() {
		String marker = marker();
		this.ordersWork.placeThen(marker, () -> {
			assertThat(this.eventsReader.count(marker)).isZero();
			assertThat(this.orderEvents.findById(-1L)).isEmpty();
			assertThat(this.orderEvents.findAll()).noneMatch((event) -> event.getReference().equals(marker));
		}, false);
		this.rows.assertOnlyIn("orders", Table.PURCHASE_ORDER, marker);
	}

	@Test
	void independentMethodIsNotRefused() {
		String marker = marker();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.ordersWork.placeThen(marker, () -> this.auditTrail.write(marker), true));
		this.rows.assertNowhere(Table.PURCHASE_ORDER, marker);
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void workOnEventsOutsideAnyTransactionIsNotRefused() {
		String marker = marker();
		this.eventsNotes.note(marker);
		this.eventJournal.recordEvent("shipped", marker, false);
		this.rows.assertCounts(Table.JOURNAL, marker, "events", 2);
		this.rows.assertOnlyIn("events", Table.ORDER_EVENT, marker);
	}

	@Test
	@Transactional
	void workInATestTransactionJoinsEachSourceAndIsNotRefused() {
		String marker = marker();
		this.purchaseOrders.save(new PurchaseOrder(marker, 100));
		this.eventsJdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
		this.orderEvents.save(new OrderEvent("placed", marker));
		this.eventJournal.record(marker);
		assertThat(this.eventsReader.count(marker)).isEqualTo(2);
	}

	@Test
	void transactionsOnOtherThreadsAreNoCrossing() throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(THREADS);
		String prefix = marker();
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				results.add(executor.submit(() -> {
					for (int round = 0; round < ROUNDS; round++) {
						String marker = prefix + "-" + thread + "-" + round;
						if (thread % 2 == 0) {
							inOrdersTransaction(marker, barrier);
						}
						else {
							onEventsMeanwhile(marker, barrier);
						}
					}
					return null;
				}));
			}
			for (Future<?> result : results) {
				result.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		this.rows.assertCounts(Table.JOURNAL, prefix + "-1-0", "events", 2);
		this.rows.assertOnlyIn("orders", Table.PURCHASE_ORDER, prefix + "-0-" + (ROUNDS - 1));
	}

	// Both barriers are passed while the transaction on orders is open
	private void inOrdersTransaction(String marker, CyclicBarrier barrier) {
		new TransactionTemplate(this.ordersTransactionManager).executeWithoutResult((status) -> {
			this.purchaseOrders.save(new PurchaseOrder(marker, 100));
			await(barrier);
			await(barrier);
		});
	}

	private void onEventsMeanwhile(String marker, CyclicBarrier barrier) {
		await(barrier);
		this.eventsNotes.fromAnotherThread(marker);
		this.eventJournal.record(marker);
		this.orderEvents.save(new OrderEvent("placed", marker));
		await(barrier);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String marker() {
		return "xf-" + UUID.randomUUID();
	}

}
