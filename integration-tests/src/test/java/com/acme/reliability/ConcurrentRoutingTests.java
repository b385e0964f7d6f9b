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
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import com.acme.ShopApplication;
import com.acme.reliability.Leftovers.ThreadState;
import com.acme.reliability.Ledger.Reconciliation;
import com.acme.reliability.RoutingPaths.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under 16 threads mixing every routing path over the three sources, crossings from one
 * source's transaction to another included, every committed row is in exactly the
 * database it belongs to, no rolled-back row exists anywhere and nothing is missing,
 * counted over plain JDBC connections afterwards; no operation leaves anything bound to
 * its thread, and no connection stays borrowed.
 *
 * @author multids
 */
@ExtendWith(RunDatabases.class)
@SpringBootTest(classes = ShopApplication.class,
		properties = { "datasources.scratch.url=jdbc:h2:mem:reliability_concurrency;DB_CLOSE_DELAY=-1",
				"datasources.orders.hikari.maximum-pool-size=8", "datasources.events.hikari.maximum-pool-size=8",
				"datasources.scratch.hikari.maximum-pool-size=8", "spring.task.execution.pool.core-size=8" })
@ContextConfiguration(initializers = RunDatabases.class)
@DirtiesContext
class ConcurrentRoutingTests {

	private static final int THREADS = 16;

	private static final int OPERATIONS_PER_THREAD = Integer.getInteger("multids.reliability.operations", 5000);

	// Enough failures to show what goes wrong; past them, operations may each wait for a
	// pool that leaked connections, and the test would run for many minutes to fail.
	private static final int FAILURES_TO_STOP_AT = 20;

	@Autowired
	private ApplicationContext context;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratch;

	@Test
	void everyCommittedRowIsInItsOwnDatabaseAndNoRolledBackRowAnywhere() throws Exception {
		String prefix = "c" + UUID.randomUUID().toString().substring(0, 8) + "-";
		RoutingPaths paths = new RoutingPaths(this.context);
		Ledger ledger = new Ledger();
		Map<String, LongAdder> operationsByPath = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		LongAdder leftovers = new LongAdder();
		ConcurrentLinkedQueue<String> leftoverSamples = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		ExecutorService workers = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				String threadPrefix = prefix + thread + "-";
				Random random = new Random(thread * 7919L + prefix.hashCode());
				done.add(workers.submit(() -> {
					for (int i = 0; i < OPERATIONS_PER_THREAD && failures.size() < FAILURES_TO_STOP_AT; i++) {
						Operation operation = paths.pick(random, threadPrefix + i);
						RuntimeException failure = operation.perform(ledger);
						operationsByPath.computeIfAbsent(operation.path(), (path) -> new LongAdder()).increment();
						if (failure != null) {
							failures.add(operation.path() + ": " + failure);
						}
						ThreadState state = Leftovers.onThisThread();
						if (!state.isClean()) {
							leftovers.increment();
							if (leftoverSamples.size() < 10) {
								leftoverSamples.add(operation.path() + ": " + state);
							}
						}
					}
				}));
			}
			for (Future<?> future : done) {
				future.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			workers.shutdownNow();
		}
		long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		Reconciliation reconciliation = ledger.reconcile(Census.of(this.scratch).count(prefix));
		long operations = operationsByPath.values().stream().mapToLong(LongAdder::sum).sum();
		long crossings = operationsByPath.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().contains("crossing"))
			.mapToLong((entry) -> entry.getValue().sum())
			.sum();
		Map<String, Integer> borrowed = Leftovers.borrowedConnections(this.context);
		Figures.print("misrouting under concurrency", "threads", THREADS, "operations", operations, "paths",
				operationsByPath.size(), "sources", RoutingPaths.SOURCES.size(), "seconds", elapsed / 1000.0,
				"committed rows", reconciliation.expectedRows(), "rows found", reconciliation.foundRows(), "misrouted",
				reconciliation.misrouted(), "lost", reconciliation.lost(), "rolled back but found",
				reconciliation.rolledBackFound(), "failed operations", failures.size(), "crossings", crossings,
				"left something on their thread", leftovers.sum(), "connections borrowed afterwards", borrowed);
		Figures.print("operations by path", operationsByPath);
		assertThat(failures).as("operations that failed").isEmpty();
		assertThat(leftovers.sum()).as("operations that left something bound to their thread, e.g. %s", leftoverSamples)
			.isZero();
		assertThat(borrowed).as("connections borrowed from each pool").isEqualTo(Leftovers.noBorrowedConnections());
		assertThat(operations).isEqualTo((long) THREADS * OPERATIONS_PER_THREAD);
		assertThat(operationsByPath).hasSizeGreaterThanOrEqualTo(RoutingPaths.count());
		assertThat(reconciliation.misrouted()).as("rows in the wrong database: %s", reconciliation).isZero();
		assertThat(reconciliation.lost()).as("committed rows missing: %s", reconciliation).isZero();
		assertThat(reconciliation.rolledBackFound()).as("rolled-back rows found: %s", reconciliation).isZero();
		assertThat(reconciliation.partial()).as("extra rows: %s", reconciliation).isZero();
		assertThat(reconciliation.foundRows()).isEqualTo(reconciliation.expectedRows()).isPositive();
	}

}
