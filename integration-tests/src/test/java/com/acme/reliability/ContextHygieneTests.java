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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.acme.ShopApplication;
import com.acme.reliability.HygieneBeans.AsyncDescents;
import com.acme.reliability.HygieneBeans.DescentController;
import com.acme.reliability.HygieneBeans.ScheduledDescents;
import com.acme.reliability.layers.HygieneCounters;
import io.github.multids.DataSourceContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a million routed calls with exceptions thrown and caught at random depths, on
 * Tomcat's request threads, the {@code @Async} executor and the scheduler, no pooled
 * thread has a current source left.
 *
 * @author multids
 */
@ExtendWith(RunDatabases.class)
@SpringBootTest(classes = { ShopApplication.class, HygieneBeans.class }, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "datasources.orders.packages=com.acme.reliability.layers.orders",
				"datasources.scratch.url=jdbc:h2:mem:reliability_hygiene;DB_CLOSE_DELAY=-1",
				"datasources.orders.hikari.maximum-pool-size=2", "datasources.events.hikari.maximum-pool-size=2",
				"server.tomcat.threads.max=" + ContextHygieneTests.REQUEST_THREADS,
				"server.tomcat.threads.min-spare=" + ContextHygieneTests.REQUEST_THREADS,
				"spring.task.execution.pool.core-size=" + ContextHygieneTests.ASYNC_THREADS,
				"spring.task.scheduling.pool.size=" + ContextHygieneTests.SCHEDULER_THREADS })
@ContextConfiguration(initializers = RunDatabases.class)
@DirtiesContext
class ContextHygieneTests {

	static final int REQUEST_THREADS = 4;

	static final int ASYNC_THREADS = 4;

	static final int SCHEDULER_THREADS = 3;

	private static final long CALLS = 1_000_000;

	private static final int DESCENTS_PER_TASK = 400;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private HygieneCounters counters;

	@Autowired
	private DescentController controller;

	@Autowired
	private AsyncDescents asyncDescents;

	@Autowired
	private ScheduledDescents scheduledDescents;

	@Autowired
	private ThreadPoolTaskScheduler taskScheduler;

	@Test
	void noPooledThreadKeepsASourceAfterAMillionCallsWithExceptions() throws Exception {
		LongAdder requestCalls = new LongAdder();
		LongAdder asyncCalls = new LongAdder();
		LongAdder schedulerCalls = new LongAdder();
		long start = System.nanoTime();
		long deadline = start + TimeUnit.MINUTES.toNanos(4);
		Random random = new Random(42);
		while (this.counters.calls() < CALLS) {
			assertThat(System.nanoTime()).as("a million calls within 4 minutes").isLessThan(deadline);
			List<CompletableFuture<?>> round = new ArrayList<>();
			for (int i = 0; i < REQUEST_THREADS; i++) {
				round.add(get("/descents?count=" + DESCENTS_PER_TASK + "&seed=" + random.nextLong())
					.thenAccept((response) -> requestCalls.add(Long.parseLong(response.body()))));
				round.add(get("/descents/escaping?seed=" + random.nextLong()).thenAccept(this::assertEscaped));
			}
			for (int i = 0; i < ASYNC_THREADS; i++) {
				String source = pickSourceOrNone(random);
				long seed = random.nextLong();
				round.add(callAsync(source, seed).thenAccept(asyncCalls::add));
			}
			for (int i = 0; i < SCHEDULER_THREADS; i++) {
				long seed = random.nextLong();
				round.add(this.taskScheduler.submitCompletable(
						() -> schedulerCalls.add(this.counters.runDescents(seed, DESCENTS_PER_TASK, null))));
			}
			CompletableFuture.allOf(round.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		stopScheduledDescents();
		double seconds = (System.nanoTime() - start) / 1e9;
		List<String> requestThreads = probeRequestThreads();
		List<String> asyncThreads = probeAsyncThreads();
		List<String> schedulerThreads = probeSchedulerThreads();
		Figures.print("context hygiene", "routed calls", this.counters.calls(), "on request threads",
				requestCalls.sum(), "on @Async threads", asyncCalls.sum(), "on scheduler threads", schedulerCalls.sum(),
				"@Scheduled runs", this.scheduledDescents.runs(), "exceptions thrown", this.counters.thrown(),
				"escaping to the top", this.counters.escaped(), "wrong current source", this.counters.violations(),
				"seconds", seconds);
		Figures.print("context hygiene probes", "request threads", requestThreads, "@Async threads", asyncThreads,
				"scheduler threads", schedulerThreads);
		assertThat(this.counters.violations()).as("frames that saw the wrong source: %s", this.counters.samples())
			.isZero();
		assertThat(this.counters.calls()).isGreaterThanOrEqualTo(CALLS);
		assertThat(this.counters.thrown()).isPositive();
		assertThat(this.counters.escaped()).isPositive();
		assertNoSourceOnDistinctThreads(requestThreads, REQUEST_THREADS);
		assertNoSourceOnDistinctThreads(asyncThreads, ASYNC_THREADS);
		assertNoSourceOnDistinctThreads(schedulerThreads, SCHEDULER_THREADS);
	}

	private CompletableFuture<HttpResponse<String>> get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.build();
		return this.http.sendAsync(request, BodyHandlers.ofString());
	}

	private void assertEscaped(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).startsWith("Simulated failure").endsWith("current source none");
	}

	private CompletableFuture<Long> callAsync(String source, long seed) {
		if (source == null) {
			return this.asyncDescents.run(seed, DESCENTS_PER_TASK, null);
		}
		try {
			return DataSourceContext.call(source, () -> this.asyncDescents.run(seed, DESCENTS_PER_TASK, source));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pickSourceOrNone(Random random) {
		int choice = random.nextInt(RoutingPaths.SOURCES.size() + 1);
		return (choice < RoutingPaths.SOURCES.size()) ? RoutingPaths.SOURCES.get(choice) : null;
	}

	private void stopScheduledDescents() throws InterruptedException {
		this.scheduledDescents.stop();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.scheduledDescents.isRunning()) {
			assertThat(System.nanoTime()).as("@Scheduled descents stop within 30 s").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private List<String> probeRequestThreads() throws Exception {
		this.controller.expectProbes(REQUEST_THREADS);
		List<CompletableFuture<HttpResponse<String>>> probes = new ArrayList<>();
		for (int i = 0; i < REQUEST_THREADS; i++) {
			probes.add(get("/probe"));
		}
		List<String> results = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> probe : probes) {
			HttpResponse<String> response = probe.get(30, TimeUnit.SECONDS);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			results.add(response.body());
		}
		return results;
	}

	private List<String> probeAsyncThreads() throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(ASYNC_THREADS);
		List<CompletableFuture<String>> probes = new ArrayList<>();
		for (int i = 0; i < ASYNC_THREADS; i++) {
			probes.add(this.asyncDescents.probe(barrier));
		}
		return join(probes);
	}

	private List<String> probeSchedulerThreads() throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(SCHEDULER_THREADS);
		List<CompletableFuture<String>> probes = new ArrayList<>();
		for (int i = 0; i < SCHEDULER_THREADS; i++) {
			probes.add(this.taskScheduler.submitCompletable(() -> {
				barrier.await(20, TimeUnit.SECONDS);
				return Thread.currentThread().getName() + "=" + DataSourceContext.current().orElse("none");
			}));
		}
		return join(probes);
	}

	private static List<String> join(List<CompletableFuture<String>> probes) throws Exception {
		List<String> results = new ArrayList<>();
		for (CompletableFuture<String> probe : probes) {
			results.add(probe.get(30, TimeUnit.SECONDS));
		}
		return results;
	}

	private static void assertNoSourceOnDistinctThreads(List<String> probes, int threads) {
		assertThat(probes).hasSize(threads).allSatisfy((probe) -> assertThat(probe).endsWith("=none"));
		assertThat(probes.stream().map((probe) -> probe.substring(0, probe.indexOf('='))).distinct())
			.as("distinct pooled threads probed")
			.hasSize(threads);
	}

}
