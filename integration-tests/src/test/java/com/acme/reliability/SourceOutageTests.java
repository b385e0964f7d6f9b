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

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.acme.ShopApplication;
import com.acme.events.OrderEvent;
import com.acme.events.OrderEventRepository;
import com.acme.reliability.Ledger.Reconciliation;
import com.acme.reliability.RoutingPaths.Operation;
import com.acme.support.Table;
import com.acme.support.TcpProxy;
import com.acme.support.TestDatabases;
import io.github.multids.DataSourceContext;
import io.github.multids.DataSourceRegistry;
import io.github.multids.SourceNote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * When the {@code events} database goes away in the middle of the load (through a TCP
 * proxy), only operations on {@code events} fail, each naming the source; the other
 * sources carry on; an open transaction rolls back with no partial write; and when it
 * comes back the same application serves it again within the pool's timeouts.
 *
 * @author multids
 */
@ExtendWith(RunDatabases.class)
@SpringBootTest(classes = ShopApplication.class,
		properties = { "datasources.scratch.url=jdbc:h2:mem:reliability_outage;DB_CLOSE_DELAY=-1",
				"datasources.events.hikari.connection-timeout=" + SourceOutageTests.CONNECTION_TIMEOUT_MS,
				"datasources.events.hikari.validation-timeout=500", "datasources.events.hikari.max-lifetime=30000",
				"datasources.events.hikari.idle-timeout=10000", "datasources.events.hikari.maximum-pool-size=4",
				"datasources.orders.hikari.maximum-pool-size=4", "datasources.scratch.hikari.maximum-pool-size=4" })
@ContextConfiguration(initializers = SourceOutageTests.EventsBehindProxy.class)
@DirtiesContext
class SourceOutageTests {

	static final int CONNECTION_TIMEOUT_MS = 1000;

	private static final int WORKERS = 6;

	/**
	 * HikariCP waits at most 5 s between two attempts to add a connection; a request then
	 * waits at most the connection timeout for it.
	 */
	private static final long RECOVERY_BOUND_MS = 5000 + CONNECTION_TIMEOUT_MS + 1000;

	private static TcpProxy proxy;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DataSourceRegistry registry;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	private OrderEventRepository orderEvents;

	private final String prefix = "o" + UUID.randomUUID().toString().substring(0, 8) + "-";

	private final Ledger ledger = new Ledger();

	private final AtomicInteger markers = new AtomicInteger();

	private volatile Phase phase = Phase.BEFORE;

	private int connectionsCut;

	private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> operations = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<String> unnamedFailures = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();

	@AfterAll
	static void stopProxy() throws IOException {
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void onlyTheMissingSourceFailsAndItRecoversWithoutRestart() throws Exception {
		RoutingPaths paths = new RoutingPaths(this.context);
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
		List<Future<?>> running = new ArrayList<>();
		long recoveryMillis;
		try {
			for (int i = 0; i < WORKERS; i++) {
				Random random = new Random(i);
				running.add(workers.submit(() -> work(paths, random)));
			}
			awaitOperations(Phase.BEFORE, 300);
			this.phase = Phase.AWAY;
			openTransactionRollsBackWhenTheDatabaseGoesAway();
			awaitOperations(Phase.AWAY, 300);
			awaitFailures("events", 20);
			this.phase = Phase.RECOVERING;
			proxy.open();
			recoveryMillis = awaitRecovery();
			this.phase = Phase.BACK;
			awaitOperations(Phase.BACK, 300);
			this.phase = Phase.DONE;
			for (Future<?> worker : running) {
				worker.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			this.phase = Phase.DONE;
			workers.shutdownNow();
		}
		Reconciliation reconciliation = this.ledger.reconcile(Census.of(this.context).count(this.prefix));
		Figures.print("faults", "operations", total(this.operations), "by phase and source",
				new java.util.TreeMap<>(this.operations), "failures", new java.util.TreeMap<>(this.failures), "outages",
				1, "connections cut", this.connectionsCut, "recovered within ms", recoveryMillis, "bound ms",
				RECOVERY_BOUND_MS, "misrouted", reconciliation.misrouted(), "lost", reconciliation.lost(), "partial",
				reconciliation.partial(), "rolled back but found", reconciliation.rolledBackFound());
		Figures.print("fault samples", "events failures", List.copyOf(this.failureSamples), "not naming the source",
				this.unnamedFailures.size(), "e.g.", this.unnamedFailures.stream().limit(3).toList());
		assertThat(this.failures.keySet()).as("failures by phase and source")
			.isSubsetOf("AWAY events", "RECOVERING events")
			.contains("AWAY events");
		assertThat(this.unnamedFailures).as("events failures that do not name the source").isEmpty();
		assertThat(recoveryMillis).isLessThanOrEqualTo(RECOVERY_BOUND_MS);
		assertThat(reconciliation.misrouted()).as("%s", reconciliation).isZero();
		assertThat(reconciliation.lost()).as("%s", reconciliation).isZero();
		assertThat(reconciliation.partial()).as("%s", reconciliation).isZero();
		assertThat(reconciliation.rolledBackFound()).as("%s", reconciliation).isZero();
	}

	@Test
	void statementCutShortByTheOutageNamesTheSource() throws Exception {
		this.phase = Phase.AWAY;
		try {
			openTransactionRollsBackWhenTheDatabaseGoesAway();
		}
		finally {
			proxy.open();
			awaitRecovery();
		}
		assertThat(this.unnamedFailures).isEmpty();
	}

	private void openTransactionRollsBackWhenTheDatabaseGoesAway() throws Exception {
		String marker = this.prefix + "tx";
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch away = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		ExecutorService single = Executors.newSingleThreadExecutor();
		try {
			Future<?> result = single
				.submit(() -> DataSourceContext.run("events", () -> transaction.executeWithoutResult((status) -> {
					this.orderEvents.save(new OrderEvent("opened", marker));
					this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
					written.countDown();
					await(away);
					this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker + "b").update();
				})));
			assertThat(written.await(30, TimeUnit.SECONDS)).as("transaction wrote its first rows").isTrue();
			this.connectionsCut = proxy.cut();
			away.countDown();
			assertThatException().isThrownBy(() -> result.get(30, TimeUnit.SECONDS))
				.satisfies((ex) -> recordFailure("AWAY", "events", ex.getCause()));
		}
		finally {
			single.shutdownNow();
		}
		this.ledger.rolledBack(Table.ORDER_EVENT, marker);
		this.ledger.rolledBack(Table.JOURNAL, marker);
		this.ledger.rolledBack(Table.JOURNAL, marker + "b");
	}

	private void work(RoutingPaths paths, Random random) {
		while (this.phase != Phase.DONE) {
			Operation operation = paths.pick(random, this.prefix + this.markers.incrementAndGet());
			if (operation.sources().size() != 1) {
				continue;
			}
			String source = operation.sources().get(0);
			Phase started = this.phase;
			RuntimeException failure = operation.perform(this.ledger);
			// An operation under way when the database goes away belongs to the outage
			String phase = ((started == Phase.BEFORE) ? this.phase : started).name();
			count(this.operations, phase + " " + source);
			if (failure != null) {
				recordFailure(phase, source, failure);
			}
		}
	}

	private void recordFailure(String phase, String source, Throwable failure) {
		count(this.failures, phase + " " + source);
		if (this.failureSamples.size() < 5) {
			this.failureSamples.add(phase + " " + source + ": " + failure);
		}
		if (!namesSource(failure, source)) {
			this.unnamedFailures.add(phase + " " + source + ": " + describe(failure));
		}
	}

	private static boolean namesSource(Throwable failure, String source) {
		if (SourceNote.find(failure).filter(source::equals).isPresent()) {
			return true;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains(source)) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable failure) {
		StringBuilder chain = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			chain.append((chain.length() > 0) ? " <- " : "").append(cause);
		}
		return chain.toString();
	}

	private long awaitRecovery() throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(30);
		JdbcClient events = this.registry.jdbcClient("events");
		while (true) {
			try {
				events.sql("select 1").query(Integer.class).single();
				return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			}
			catch (RuntimeException ex) {
				assertThat(System.nanoTime()).as("events serves again within 30 s: %s", ex).isLessThan(deadline);
				Thread.sleep(20);
			}
		}
	}

	private void awaitOperations(Phase phase, long count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (total(phase) < count) {
			assertThat(System.nanoTime()).as("%s operations in phase %s within 60 s", count, phase)
				.isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private void awaitFailures(String source, long count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (this.failures.getOrDefault("AWAY " + source, new AtomicLong()).get() < count) {
			assertThat(System.nanoTime()).as("%s failures on %s within 60 s", count, source).isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private long total(Phase phase) {
		return this.operations.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(phase.name() + " "))
			.mapToLong((entry) -> entry.getValue().get())
			.sum();
	}

	private static long total(Map<String, AtomicLong> counts) {
		return counts.values().stream().mapToLong(AtomicLong::get).sum();
	}

	private static void count(Map<String, AtomicLong> counts, String key) {
		counts.computeIfAbsent(key, (name) -> new AtomicLong()).incrementAndGet();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The stages of the outage.
	 */
	private enum Phase {

		BEFORE, AWAY, RECOVERING, BACK, DONE

	}

	/**
	 * Points {@code events} at a TCP proxy in front of its database of the run.
	 */
	static class EventsBehindProxy extends RunDatabases {

		@Override
		protected Map<String, Object> properties(TestDatabases databases) {
			Map<String, Object> properties = super.properties(databases);
			String url = databases.events().url();
			URI uri = URI.create(url.substring("jdbc:".length()));
			try {
				proxy = new TcpProxy(uri.getHost(), uri.getPort());
				proxy.open();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			String proxied = "jdbc:mysql://127.0.0.1:" + proxy.port() + uri.getRawPath()
					+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() + "&" : "?")
					+ "connectTimeout=1000&socketTimeout=10000";
			properties.put("datasources.events.url", proxied);
			return properties;
		}

	}

}
