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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.acme.ShopApplication;
import com.acme.orders.PurchaseOrder;
import com.acme.orders.PurchaseOrderRepository;
import com.acme.reliability.Leftovers.ThreadState;
import com.acme.reliability.Ledger.Reconciliation;
import com.acme.reliability.RoutingPaths.Operation;
import com.acme.service.Crossing;
import com.acme.service.EventJournal;
import com.acme.support.Table;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write on another source inside a transaction, along every path that can make one, is
 * not covered by that transaction and leaves nothing behind: the application's own
 * exception (or none) comes out, the transaction commits or rolls back as asked, the
 * other source's write happens exactly once and stays, nothing stays bound to the thread
 * and no connection stays borrowed. Rows are counted over plain JDBC connections.
 *
 * @author multids
 */
@ExtendWith(RunDatabases.class)
// One @Async thread, so that a probe sees the thread that ran the crossing; a short
// connection timeout, so that a pool drained by leaked connections fails the tests that
// follow quickly instead of after 30 s each.
@SpringBootTest(classes = ShopApplication.class,
		properties = { "datasources.scratch.url=jdbc:h2:mem:reliability_crossing;DB_CLOSE_DELAY=-1",
				"spring.task.execution.pool.core-size=1", "datasources.orders.hikari.connection-timeout=3000",
				"datasources.events.hikari.connection-timeout=3000",
				"datasources.scratch.hikari.connection-timeout=3000" })
@ContextConfiguration(initializers = RunDatabases.class)
@DirtiesContext
class CrossSourceTransactionTests {

	private static final int ALTERNATING_CROSSINGS = 50;

	private static final LongAdder committed = new LongAdder();

	private static final LongAdder rolledBack = new LongAdder();

	private static final LongAdder onAsyncThreads = new LongAdder();

	@Autowired
	private ApplicationContext context;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	private ThreadPoolTaskExecutor asyncExecutor;

	private final String prefix = "x" + UUID.randomUUID().toString().substring(0, 8) + "-";

	private final AtomicInteger markers = new AtomicInteger();

	private final Ledger ledger = new Ledger();

	private RoutingPaths paths;

	@BeforeEach
	void routingPaths() {
		this.paths = new RoutingPaths(this.context);
	}

	// A test that failed may have left resources bound: without this, every later test on
	// the same thread would fail for that reason instead of its own.
	@AfterEach
	void clearThreads() throws Exception {
		Leftovers.clearThisThread();
		this.asyncExecutor.submitCompletable(Leftovers::clearThisThread).get(30, TimeUnit.SECONDS);
	}

	@AfterAll
	static void printFigures() {
		Figures.print("cross-source transactions", "crossings", committed.sum() + rolledBack.sum(), "committed",
				committed.sum(), "rolled back", rolledBack.sum(), "on @Async threads", onAsyncThreads.sum());
	}

	@ParameterizedTest
	@EnumSource(Crossing.class)
	void orderCommitsAndTheWriteOnEventsStays(Crossing crossing) {
		crossAndCheck(this.paths.crossing(crossing, marker(), false));
		assertRowsAsInLedger();
	}

	@ParameterizedTest
	@EnumSource(Crossing.class)
	void orderRollsBackAndTheWriteOnEventsStays(Crossing crossing) {
		crossAndCheck(this.paths.crossing(crossing, marker(), true));
		assertRowsAsInLedger();
	}

	@ParameterizedTest
	@EnumSource(Crossing.class)
	void orderCommitsOnAnAsyncThreadAndTheWriteOnEventsStays(Crossing crossing) throws Exception {
		crossAndCheck(this.paths.asyncCrossing(crossing, marker(), false));
		assertAsyncThreadClean();
		assertRowsAsInLedger();
	}

	@ParameterizedTest
	@EnumSource(Crossing.class)
	void orderRollsBackOnAnAsyncThreadAndTheWriteOnEventsStays(Crossing crossing) throws Exception {
		crossAndCheck(this.paths.asyncCrossing(crossing, marker(), true));
		assertAsyncThreadClean();
		assertRowsAsInLedger();
	}

	@ParameterizedTest
	@MethodSource("eachPairCommittedAndRolledBack")
	void transactionOnAnySourceLeavesItsWriteOnAnotherSource(String source, String other, boolean rollsBack) {
		crossAndCheck(this.paths.crossingBetween(source, other, marker(), rollsBack));
		assertRowsAsInLedger();
	}

	@Test
	void fiftyAlternatingCrossingsOnOneThreadLeaveNothingBehind() {
		List<String> failures = new ArrayList<>();
		List<String> leftovers = new ArrayList<>();
		List<List<String>> pairs = pairsOfSources();
		for (int i = 0; i < ALTERNATING_CROSSINGS; i++) {
			boolean rollsBack = (i % 4) >= 2;
			Operation operation = (i % 2 == 0)
					? this.paths.crossing(Crossing.values()[(i / 4) % Crossing.values().length], marker(), rollsBack)
					: crossingBetween(pairs.get((i / 4) % pairs.size()), rollsBack);
			RuntimeException failure = perform(operation);
			if (failure != null) {
				failures.add(i + " " + operation.path() + ": " + failure);
			}
			ThreadState state = Leftovers.onThisThread();
			if (!state.isClean()
					|| !Leftovers.borrowedConnections(this.context).equals(Leftovers.noBorrowedConnections())) {
				leftovers.add(i + " " + operation.path() + ": " + state + ", borrowed "
						+ Leftovers.borrowedConnections(this.context));
			}
		}
		Figures.print("alternating crossings on one thread", "crossings", ALTERNATING_CROSSINGS, "failed",
				failures.size(), "left something behind", leftovers.size());
		assertThat(failures).as("crossings that failed").isEmpty();
		assertThat(leftovers).as("crossings that left something behind").isEmpty();
		assertRowsAsInLedger();
	}

	@Test
	void connectionOfTheOtherSourceIsHeldUntilTheTransactionEnds() {
		TransactionTemplate orders = new TransactionTemplate(
				this.context.getBean("ordersTransactionManager", PlatformTransactionManager.class));
		EventJournal eventJournal = this.context.getBean(EventJournal.class);
		PurchaseOrderRepository purchaseOrders = this.context.getBean(PurchaseOrderRepository.class);
		for (boolean rollsBack : new boolean[] { false, true }) {
			String marker = marker();
			orders.executeWithoutResult((status) -> {
				purchaseOrders.save(new PurchaseOrder(marker, 100));
				eventJournal.record(marker);
				assertThat(Leftovers.borrowedConnections(this.context)).containsEntry("events", 1);
				eventJournal.record(marker);
				assertThat(Leftovers.borrowedConnections(this.context)).as("one connection for both writes")
					.containsEntry("events", 1);
				if (rollsBack) {
					status.setRollbackOnly();
				}
			});
			(rollsBack ? rolledBack : committed).increment();
			if (rollsBack) {
				this.ledger.rolledBack(Table.PURCHASE_ORDER, marker);
			}
			else {
				this.ledger.committed("orders", Table.PURCHASE_ORDER, marker, 1);
			}
			this.ledger.committed("events", Table.JOURNAL, marker, 2);
			SoftAssertions.assertSoftly(this::assertNothingLeftBehind);
		}
		assertRowsAsInLedger();
	}

	static Stream<Arguments> eachPairCommittedAndRolledBack() {
		return pairsOfSources().stream()
			.flatMap((pair) -> Stream.of(Arguments.of(pair.get(0), pair.get(1), false),
					Arguments.of(pair.get(0), pair.get(1), true)));
	}

	private static List<List<String>> pairsOfSources() {
		List<List<String>> pairs = new ArrayList<>();
		for (String source : RoutingPaths.SOURCES) {
			for (String other : RoutingPaths.SOURCES) {
				if (!source.equals(other)) {
					pairs.add(List.of(source, other));
				}
			}
		}
		return pairs;
	}

	private Operation crossingBetween(List<String> pair, boolean rollsBack) {
		return this.paths.crossingBetween(pair.get(0), pair.get(1), marker(), rollsBack);
	}

	private void crossAndCheck(Operation operation) {
		RuntimeException failure = perform(operation);
		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(failure)
				.as("failure other than the requested rollback, from %s", operation.path())
				.isNull();
			assertNothingLeftBehind(softly);
		});
	}

	private RuntimeException perform(Operation operation) {
		RuntimeException failure = operation.perform(this.ledger);
		(operation.rollsBack() ? rolledBack : committed).increment();
		if (operation.path().startsWith("@Async")) {
			onAsyncThreads.increment();
		}
		return failure;
	}

	private void assertNothingLeftBehind(SoftAssertions softly) {
		ThreadState state = Leftovers.onThisThread();
		softly.assertThat(state.resources()).as("resources bound to %s", state.thread()).isEmpty();
		softly.assertThat(state.synchronizationActive()).as("synchronization active on %s", state.thread()).isFalse();
		softly.assertThat(state.source()).as("current source on %s", state.thread()).isNull();
		softly.assertThat(Leftovers.borrowedConnections(this.context))
			.as("connections borrowed from each pool")
			.isEqualTo(Leftovers.noBorrowedConnections());
	}

	private void assertAsyncThreadClean() throws Exception {
		ThreadState state = this.asyncExecutor.submitCompletable(Leftovers::onThisThread).get(30, TimeUnit.SECONDS);
		assertThat(this.asyncExecutor.getPoolSize()).as("@Async threads").isOne();
		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(state.resources()).as("resources bound to %s", state.thread()).isEmpty();
			softly.assertThat(state.synchronizationActive())
				.as("synchronization active on %s", state.thread())
				.isFalse();
		});
	}

	private void assertRowsAsInLedger() {
		Reconciliation reconciliation = this.ledger.reconcile(Census.of(this.context).count(this.prefix));
		assertThat(reconciliation.misrouted()).as("rows in the wrong database: %s", reconciliation).isZero();
		assertThat(reconciliation.lost()).as("committed rows missing: %s", reconciliation).isZero();
		assertThat(reconciliation.rolledBackFound()).as("rolled-back rows found: %s", reconciliation).isZero();
		assertThat(reconciliation.partial()).as("extra rows: %s", reconciliation).isZero();
		assertThat(reconciliation.foundRows()).as("%s", reconciliation)
			.isEqualTo(reconciliation.expectedRows())
			.isPositive();
	}

	private String marker() {
		return this.prefix + this.markers.incrementAndGet();
	}

}
