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

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.acme.events.OrderEvent;
import com.acme.events.OrderEventRepository;
import com.acme.orders.PurchaseOrder;
import com.acme.orders.PurchaseOrderRepository;
import com.acme.service.ArchiveService;
import com.acme.service.AsyncCheckout;
import com.acme.service.AsyncJournal;
import com.acme.service.AsyncJournal.AsyncWrite;
import com.acme.service.Checkout;
import com.acme.service.Crossing;
import com.acme.service.EventJournal;
import com.acme.service.JournalWriter;
import com.acme.service.OrderDesk;
import com.acme.service.ReportService;
import com.acme.service.ScratchPad;
import com.acme.shared.Note;
import com.acme.shared.ScratchNoteRepository;
import com.acme.support.Table;
import io.github.multids.DataSourceContext;
import io.github.multids.DataSourceRegistry;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every way the shop routes a write, as operations that each write rows carrying a unique
 * marker and declare the source whose database must end up holding them.
 *
 * @author multids
 */
final class RoutingPaths {

	static final List<String> SOURCES = List.of("orders", "events", "scratch");

	private static final String INSERT_JOURNAL = "insert into journal (marker) values (?)";

	private final OrderEventRepository orderEvents;

	private final PurchaseOrderRepository purchaseOrders;

	private final ScratchNoteRepository scratchNotes;

	private final EventJournal eventJournal;

	private final ArchiveService archiveService;

	private final ReportService reportService;

	private final AsyncJournal asyncJournal;

	private final OrderDesk orderDesk;

	private final ScratchPad scratchPad;

	private final JournalWriter journalWriter;

	private final Checkout checkout;

	private final AsyncCheckout asyncCheckout;

	private final JdbcClient jdbcClient;

	private final DataSourceRegistry registry;

	RoutingPaths(ApplicationContext context) {
		this.orderEvents = context.getBean(OrderEventRepository.class);
		this.purchaseOrders = context.getBean(PurchaseOrderRepository.class);
		this.scratchNotes = context.getBean(ScratchNoteRepository.class);
		this.eventJournal = context.getBean(EventJournal.class);
		this.archiveService = context.getBean(ArchiveService.class);
		this.reportService = context.getBean(ReportService.class);
		this.asyncJournal = context.getBean(AsyncJournal.class);
		this.orderDesk = context.getBean(OrderDesk.class);
		this.scratchPad = context.getBean(ScratchPad.class);
		this.journalWriter = context.getBean(JournalWriter.class);
		this.checkout = context.getBean(Checkout.class);
		this.asyncCheckout = context.getBean(AsyncCheckout.class);
		this.jdbcClient = context.getBean("jdbcClient", JdbcClient.class);
		this.registry = context.getBean(DataSourceRegistry.class);
	}

	/**
	 * Return the number of distinct paths {@link #pick} chooses from.
	 * @return the number of paths
	 */
	static int count() {
		return 18 + Crossing.values().length;
	}

	/**
	 * Choose a path at random and bind it to a marker.
	 * @param random the random source of the calling thread
	 * @param marker the unique marker of the operation
	 * @return the operation
	 */
	Operation pick(Random random, String marker) {
		String source = SOURCES.get(random.nextInt(SOURCES.size()));
		boolean fail = random.nextInt(4) == 0;
		int path = random.nextInt(count());
		return switch (path) {
			case 0 -> Operation.of("package rule repository", () -> this.orderEvents.save(event(marker)),
					Write.of("events", Table.ORDER_EVENT, marker));
			case 1 -> Operation.of("default repository", () -> this.purchaseOrders.save(order(marker)),
					Write.of("orders", Table.PURCHASE_ORDER, marker));
			case 2 -> Operation.of("annotated repository", () -> this.scratchNotes.save(new Note(marker)),
					Write.of("scratch", Table.NOTE, marker));
			case 3 -> Operation.of("repository inside another source's context",
					() -> DataSourceContext.run(source, () -> this.orderEvents.save(event(marker))),
					Write.of("events", Table.ORDER_EVENT, marker));
			case 4 -> Operation.of("default repository inside another source's context",
					() -> DataSourceContext.run(source, () -> this.purchaseOrders.save(order(marker))),
					Write.of("orders", Table.PURCHASE_ORDER, marker));
			case 5 -> Operation.of("annotated class", () -> this.eventJournal.record(marker),
					Write.of("events", Table.JOURNAL, marker));
			case 6 -> Operation.of("method annotation beats class annotation",
					() -> this.archiveService.archiveDraft(marker), Write.of("scratch", Table.JOURNAL, marker));
			case 7 -> Operation.of("annotated method of unannotated class",
					() -> DataSourceContext.run(source, () -> this.reportService.recordDraft(marker)),
					Write.of("scratch", Table.JOURNAL, marker));
			case 8 -> Operation.of("unassigned bean follows DataSourceContext",
					() -> DataSourceContext.run(source, () -> this.reportService.recordHere(marker)),
					Write.of(source, Table.JOURNAL, marker));
			case 9 -> nestedSwitches(marker);
			case 10 ->
				Operation.of("@Async hop", () -> asyncHop(source, marker), Write.of(source, Table.JOURNAL, marker));
			case 11 -> Operation.rollingBack("@Transactional on the default source", fail,
					() -> this.orderDesk.place(marker, 100, fail), Write.of("orders", Table.PURCHASE_ORDER, marker),
					Write.of("orders", Table.JOURNAL, marker));
			case 12 -> Operation.rollingBack("@Transactional on an annotated class", fail,
					() -> this.eventJournal.recordEvent("shipped", marker, fail),
					Write.of("events", Table.ORDER_EVENT, marker), Write.of("events", Table.JOURNAL, marker));
			case 13 -> Operation.rollingBack("@Transactional on scratch", fail, () -> this.scratchPad.jot(marker, fail),
					Write.of("scratch", Table.NOTE, marker), Write.of("scratch", Table.JOURNAL, marker));
			case 14 -> Operation.rollingBack("@Transactional on the caller's source", fail,
					() -> DataSourceContext.run(source, () -> this.journalWriter.recordTwice(marker, fail)),
					new Write(source, Table.JOURNAL, marker, 2));
			case 15 -> Operation.of("registry JdbcClient",
					() -> this.registry.jdbcClient(source).sql(INSERT_JOURNAL).param(marker).update(),
					Write.of(source, Table.JOURNAL, marker));
			case 16 -> asyncCrossing(crossing(random), marker, fail);
			case 17 -> forwardCrossing(random, marker, fail);
			default -> crossing(Crossing.values()[path - 18], marker, fail);
		};
	}

	/**
	 * Return an order placed in a transaction on {@code orders} that records it on
	 * {@code events} along the crossing: the order, and any line written back on
	 * {@code orders}, commit or roll back with that transaction; the writes on
	 * {@code events} and {@code scratch} are not covered by it and stay either way.
	 * @param crossing the way to {@code events}
	 * @param marker the marker of the rows
	 * @param fail whether the transaction rolls back
	 * @return the operation
	 */
	Operation crossing(Crossing crossing, String marker, boolean fail) {
		return Operation.crossing("crossing " + crossing, fail, () -> this.checkout.place(marker, crossing, fail),
				covered(crossing, marker), apart(crossing, marker));
	}

	/**
	 * Return the operation of {@link #crossing} run by an {@code @Async} method, so that
	 * the transaction and its crossing happen on a pooled thread.
	 * @param crossing the way to {@code events}
	 * @param marker the marker of the rows
	 * @param fail whether the transaction rolls back
	 * @return the operation
	 */
	Operation asyncCrossing(Crossing crossing, String marker, boolean fail) {
		return Operation.crossing("@Async crossing " + crossing, fail,
				() -> await(this.asyncCheckout.place(marker, crossing, fail), marker), covered(crossing, marker),
				apart(crossing, marker));
	}

	/**
	 * Return a transaction on one source that writes a journal line there and one on
	 * another source through {@code DataSourceContext}: the first follows the
	 * transaction, the second stays either way.
	 * @param source the source of the transaction
	 * @param other the source it crosses to
	 * @param marker the marker of the rows
	 * @param fail whether the transaction rolls back
	 * @return the operation
	 */
	Operation crossingBetween(String source, String other, String marker, boolean fail) {
		String otherMarker = marker + "-" + other;
		return Operation.crossing("crossing from " + source + " to " + other, fail,
				() -> DataSourceContext.run(source,
						() -> this.journalWriter.recordHereAndOn(other, marker, otherMarker, fail)),
				List.of(Write.of(source, Table.JOURNAL, marker)), List.of(Write.of(other, Table.JOURNAL, otherMarker)));
	}

	// Only towards a later source of SOURCES, the order every crossing path follows: two
	// threads crossing in opposite directions could each hold the connection the other
	// waits for, until HikariCP's connection timeout. That is lock ordering, which the
	// application owns, not routing.
	private Operation forwardCrossing(Random random, String marker, boolean fail) {
		int from = random.nextInt(SOURCES.size() - 1);
		int to = from + 1 + random.nextInt(SOURCES.size() - 1 - from);
		return crossingBetween(SOURCES.get(from), SOURCES.get(to), marker, fail);
	}

	private static Crossing crossing(Random random) {
		return Crossing.values()[random.nextInt(Crossing.values().length)];
	}

	private static List<Write> covered(Crossing crossing, String marker) {
		Write order = Write.of("orders", Table.PURCHASE_ORDER, marker);
		return (crossing != Crossing.NESTED) ? List.of(order)
				: List.of(order, Write.of("orders", Table.JOURNAL, marker + "-orders"));
	}

	private static List<Write> apart(Crossing crossing, String marker) {
		return switch (crossing) {
			case ANNOTATED_BEAN_JDBC_CLIENT, PACKAGE_RULE_BEAN_JDBC_TEMPLATE, SOURCE_JDBC_CLIENT, CONTEXT_RUN,
					CONTEXT_CALL ->
				List.of(Write.of("events", Table.JOURNAL, marker));
			case EVENTS_REPOSITORY -> List.of(Write.of("events", Table.ORDER_EVENT, marker));
			case REQUIRES_NEW_ON_EVENTS ->
				List.of(Write.of("events", Table.ORDER_EVENT, marker), Write.of("events", Table.JOURNAL, marker));
			case NESTED -> List.of(Write.of("events", Table.JOURNAL, marker + "-events"),
					Write.of("scratch", Table.JOURNAL, marker + "-scratch"));
		};
	}

	private Operation nestedSwitches(String marker) {
		return Operation.of("nested DataSourceContext switches", () -> {
			DataSourceContext.run("scratch", () -> {
				DataSourceContext.run("orders", () -> this.reportService.recordHere(marker + "a"));
				this.reportService.recordHere(marker + "b");
				this.eventJournal.record(marker + "c");
				DataSourceContext.run("events", () -> this.reportService.recordDraft(marker + "d"));
			});
			this.jdbcClient.sql(INSERT_JOURNAL).param(marker + "e").update();
		}, Write.of("orders", Table.JOURNAL, marker + "a"), Write.of("scratch", Table.JOURNAL, marker + "b"),
				Write.of("events", Table.JOURNAL, marker + "c"), Write.of("scratch", Table.JOURNAL, marker + "d"),
				Write.of("orders", Table.JOURNAL, marker + "e"));
	}

	private void asyncHop(String source, String marker) {
		AsyncWrite write;
		try {
			write = await(DataSourceContext.call(source, () -> this.asyncJournal.record(marker)), marker);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		if (!source.equals(write.source()) || write.threadName().equals(Thread.currentThread().getName())) {
			throw new IllegalStateException("@Async write of " + marker + " ran with source " + write.source() + " on "
					+ write.threadName() + ", expected " + source + " on another thread");
		}
	}

	private static <T> T await(CompletableFuture<T> future, String marker) {
		try {
			return future.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new IllegalStateException("@Async work on " + marker + " did not complete", ex);
		}
	}

	private static OrderEvent event(String marker) {
		return new OrderEvent("placed", marker);
	}

	private static PurchaseOrder order(String marker) {
		return new PurchaseOrder(marker, 100);
	}

	/**
	 * Rows an operation writes with one marker, and the source whose database must hold
	 * them.
	 *
	 * @param source the source
	 * @param table the table
	 * @param marker the marker
	 * @param rows how many rows
	 */
	record Write(String source, Table table, String marker, int rows) {

		static Write of(String source, Table table, String marker) {
			return new Write(source, table, marker, 1);
		}

	}

	/**
	 * One routed write, or several, along a named path.
	 *
	 * @param path the routing path it exercises
	 * @param rollsBack whether it asks its transaction to roll back
	 * @param action the writes
	 * @param writes what the action writes when it commits
	 * @param apart what the action writes on other sources, outside its transaction: they
	 * stay when it rolls back
	 */
	record Operation(String path, boolean rollsBack, Runnable action, List<Write> writes, List<Write> apart) {

		static Operation of(String path, Runnable action, Write... writes) {
			return new Operation(path, false, action, List.of(writes), List.of());
		}

		static Operation rollingBack(String path, boolean rollsBack, Runnable action, Write... writes) {
			return crossing(path, rollsBack, action, List.of(writes), List.of());
		}

		static Operation crossing(String path, boolean rollsBack, Runnable action, List<Write> writes,
				List<Write> apart) {
			return new Operation(path + (rollsBack ? ", rolled back" : ", committed"), rollsBack, action, writes,
					apart);
		}

		/**
		 * Run the action and record what it must have left in the ledger.
		 * @param ledger the ledger
		 * @return the exception of an action that failed other than by a requested
		 * rollback, else {@code null}
		 */
		RuntimeException perform(Ledger ledger) {
			try {
				this.action.run();
				this.writes.forEach((write) -> committed(ledger, write));
				this.apart.forEach((write) -> committed(ledger, write));
				return null;
			}
			catch (IllegalStateException ex) {
				if (this.rollsBack && String.valueOf(ex.getMessage()).startsWith("Rollback requested")) {
					this.writes.forEach((write) -> ledger.rolledBack(write.table(), write.marker()));
					this.apart.forEach((write) -> committed(ledger, write));
					return null;
				}
				return failed(ledger, ex);
			}
			catch (RuntimeException ex) {
				return failed(ledger, ex);
			}
		}

		private static void committed(Ledger ledger, Write write) {
			ledger.committed(write.source(), write.table(), write.marker(), write.rows());
		}

		private RuntimeException failed(Ledger ledger, RuntimeException ex) {
			this.writes.forEach((write) -> ledger.unknown(write.source(), write.table(), write.marker(), write.rows()));
			this.apart.forEach((write) -> ledger.unknown(write.source(), write.table(), write.marker(), write.rows()));
			return ex;
		}

		/**
		 * Return the sources this operation writes to.
		 * @return the sources
		 */
		List<String> sources() {
			return Stream.concat(this.writes.stream(), this.apart.stream()).map(Write::source).distinct().toList();
		}

	}

}
