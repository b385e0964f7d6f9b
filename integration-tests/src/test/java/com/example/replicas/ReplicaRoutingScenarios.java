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
package com.example.replicas;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.ReadYourWrites;
import io.github.multids.autoconfigure.replicas.Replica;
import io.github.multids.autoconfigure.replicas.ReplicaSet;
import io.github.multids.test.Database;
import io.github.multids.test.ReplicaOutage;
import io.github.multids.test.ReplicatedServersCondition;
import io.github.multids.test.Replication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Read-only work on read replicas of real replication, for one vendor: where each read
 * lands (shown by the serving server's port, and by a row the paused replicas have not
 * replayed), read-your-writes in a thread and across web requests, failover when a
 * replica stops, and many threads reading their own writes. Every claim is read back over
 * plain JDBC.
 *
 * @author multids
 */
@ExtendWith(ReplicatedServersCondition.class)
// No other class shares this context: closed after the class, so that its pools give
// their connections back to the servers the rest of the suite uses
@DirtiesContext
@SpringBootTest(classes = ReplicaShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=replicas")
abstract class ReplicaRoutingScenarios {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final int READERS = 4;

	private static final AtomicLong ids = new AtomicLong(1000);

	@Autowired
	ApplicationContext context;

	@Autowired
	ItemDesk desk;

	@Autowired
	ItemRepository repository;

	@Autowired
	@Qualifier("ordersJdbcClient")
	JdbcClient jdbc;

	@Autowired
	@Qualifier("ordersTransactionManager")
	PlatformTransactionManager transactionManager;

	@LocalServerPort
	int port;

	abstract ReplicatedShop shop();

	@Test
	void readOnlyWorkIsServedByAReplicaAndReadWriteWorkByThePrimary() throws Exception {
		long id = ids.incrementAndGet();
		try (ReplicatedShop.AllPaused paused = shop().pauseAll()) {
			shop().insertOnPrimary(id, "unreplayed");
			onFreshThread(() -> {
				assertThat(this.repository.findById(id)).isEmpty();
				ServedRead jdbcRead = this.desk.readOnlyWithJdbc(id);
				assertThat(jdbcRead.found()).isFalse();
				assertThat(jdbcRead.port()).isIn(shop().replicaPorts());
				ServedRead repositoryRead = this.desk.readOnly(id);
				assertThat(repositoryRead.found()).isFalse();
				assertThat(repositoryRead.port()).isIn(shop().replicaPorts());
				ServedRead readWrite = this.desk.readWrite(id);
				assertThat(readWrite).isEqualTo(new ServedRead(shop().primaryPort(), "unreplayed"));
				return null;
			});
			assertThat(ReplicatedShop.has(shop().database().primary(), id)).isTrue();
			for (Database replica : shop().database().replicas().values()) {
				assertThat(ReplicatedShop.has(replica, id)).as(replica.url()).isFalse();
			}
		}
	}

	@Test
	void replicaPoolsAreReadOnlyBeansNamedAfterSourceAndReplica() {
		for (io.github.multids.test.Replica replica : shop().replication().replicas()) {
			HikariDataSource pool = this.context.getBean("orders." + replica.name() + "DataSource",
					HikariDataSource.class);
			assertThat(pool.getPoolName()).isEqualTo("orders." + replica.name());
			assertThat(pool.isReadOnly()).isTrue();
			assertThat(pool.getJdbcUrl()).isEqualTo(shop().database().on(replica).url());
		}
	}

	@Test
	void aCallerReadsItsOwnWriteFromThePrimaryWhileTheReplicasHaveNotReplayedIt() throws Exception {
		long id = ids.incrementAndGet();
		try (ReplicatedShop.AllPaused paused = shop().pauseAll()) {
			String token = onFreshThread(() -> {
				this.desk.save(id, "mine");
				long primaryReads = replicaSet().primaryReads();
				assertThat(this.desk.readOnly(id)).isEqualTo(new ServedRead(shop().primaryPort(), "mine"));
				assertThat(this.desk.readOnlyWithJdbc(id)).isEqualTo(new ServedRead(shop().primaryPort(), "mine"));
				assertThat(this.repository.findById(id)).isPresent();
				assertThat(replicaSet().primaryReads()).isGreaterThanOrEqualTo(primaryReads + 3);
				return ReadYourWrites.token();
			});
			onFreshThread(() -> {
				ServedRead other = this.desk.readOnly(id);
				assertThat(other.found()).as("another caller, without the token").isFalse();
				assertThat(other.port()).isIn(shop().replicaPorts());
				ServedRead carried = ReadYourWrites.call(token, () -> this.desk.readOnly(id));
				assertThat(carried).isEqualTo(new ServedRead(shop().primaryPort(), "mine"));
				return null;
			});
			assertThat(ReplicatedShop.has(shop().database().primary(), id)).isTrue();
			for (Database replica : shop().database().replicas().values()) {
				assertThat(ReplicatedShop.has(replica, id)).as(replica.url()).isFalse();
			}
		}
	}

	@Test
	void aClientCarryingTheCookieReadsItsWriteOnItsNextRequest() throws Exception {
		long id = ids.incrementAndGet();
		try (ReplicatedShop.AllPaused paused = shop().pauseAll()) {
			HttpResponse<String> write = ReplicatedShop.post(this.port, "/items/" + id + "?name=posted");
			assertThat(write.statusCode()).isEqualTo(200);
			String setCookie = write.headers().firstValue("Set-Cookie").orElseThrow();
			assertThat(setCookie).startsWith("Multids-Read-After=");
			String cookie = setCookie.substring(0, setCookie.indexOf(';'));
			HttpResponse<String> withCookie = ReplicatedShop.get(this.port, "/items/" + id, cookie);
			assertThat((String) JsonPath.read(withCookie.body(), "$.name")).isEqualTo("posted");
			assertThat((Integer) JsonPath.read(withCookie.body(), "$.port")).isEqualTo(shop().primaryPort());
			assertThat(withCookie.headers().firstValue("Set-Cookie")).as("a request that did not write").isEmpty();
			HttpResponse<String> withoutCookie = ReplicatedShop.get(this.port, "/items/" + id, null);
			assertThat((String) JsonPath.read(withoutCookie.body(), "$.name")).isNull();
			assertThat((Integer) JsonPath.read(withoutCookie.body(), "$.port")).isIn(shop().replicaPorts());
			assertThat(ReplicatedShop.has(shop().database().primary(), id)).isTrue();
			for (Database replica : shop().database().replicas().values()) {
				assertThat(ReplicatedShop.has(replica, id)).as(replica.url()).isFalse();
			}
		}
	}

	@Test
	void readsReturnToTheReplicasOnceReplayResumes() throws Exception {
		long id = ids.incrementAndGet();
		try (ReplicatedShop.AllPaused paused = shop().pauseAll()) {
			shop().insertOnPrimary(id, "later");
			assertThat(onFreshThread(() -> this.desk.readOnly(id).found())).isFalse();
		}
		Set<Integer> replicasThatServedIt = ConcurrentHashMap.newKeySet();
		ReplicatedShop.eventually(Duration.ofSeconds(10), "every replica serving the replayed row", () -> {
			ServedRead read = onFreshThread(() -> this.desk.readOnly(id));
			assertThat(read.port()).isIn(shop().replicaPorts());
			if (read.found()) {
				replicasThatServedIt.add(read.port());
			}
			return replicasThatServedIt.equals(shop().replicaPorts());
		});
		for (Database replica : shop().database().replicas().values()) {
			assertThat(ReplicatedShop.has(replica, id)).as(replica.url()).isTrue();
		}
	}

	@Test
	void aReplicaStoppedUnderLoadFailsNoReadStartedOnceItIsDownAndServesAgainOnceBack() throws Exception {
		Replication replication = shop().replication();
		io.github.multids.test.Replica stopped = replication.replicas().get(replication.replicas().size() - 1);
		Replica replica = replica(stopped.name());
		long id = ids.incrementAndGet();
		shop().insertOnPrimary(id, "loaded");
		replication.replicas().forEach(replication::awaitCaughtUp);
		Queue<ReadEvent> events = new ConcurrentLinkedQueue<>();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService readers = Executors.newFixedThreadPool(READERS);
		long stoppedAt;
		long restartedAt;
		try {
			for (int i = 0; i < READERS; i++) {
				readers.execute(() -> {
					while (running.get()) {
						events.add(ReadEvent.of(() -> this.desk.readOnly(id)));
					}
				});
			}
			ReplicatedShop.eventually(PATIENCE, "reads before the stop", () -> events.size() > 50);
			try (ReplicaOutage outage = replication.stop(stopped)) {
				stoppedAt = System.nanoTime();
				ReplicatedShop.eventually(PATIENCE, stopped.name() + " DOWN",
						() -> replica.state() == Replica.State.DOWN);
				assertThat(ReplicatedShop.status(this.port, "/actuator/health/datasources/orders/" + stopped.name()))
					.isEqualTo("DOWN");
				int before = events.size();
				ReplicatedShop.eventually(PATIENCE, "reads while it is down", () -> events.size() > before + 50);
				restartedAt = System.nanoTime();
			}
			long readsBefore = replica.reads();
			ReplicatedShop.eventually(PATIENCE, stopped.name() + " serving again",
					() -> replica.state() == Replica.State.SERVING && replica.reads() > readsBefore);
			assertThat(ReplicatedShop.status(this.port, "/actuator/health/datasources/orders/" + stopped.name()))
				.isEqualTo("UP");
			assertThat(ReplicatedShop.status(this.port, "/actuator/health/readiness")).isEqualTo("UP");
		}
		finally {
			running.set(false);
			readers.shutdown();
			assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		List<ReadEvent> whileDown = events.stream()
			.filter((event) -> event.start() - stoppedAt > 0 && restartedAt - event.end() > 0)
			.toList();
		assertThat(whileDown).isNotEmpty()
			.allSatisfy((event) -> assertThat(event.port()).isNotEqualTo(shop().port(stopped)));
		List<ReadEvent> failed = events.stream().filter((event) -> event.failure() != null).toList();
		String summary = failureSummary(failed, stoppedAt);
		// Work in flight while the server shuts down is cut short, as it would be on the
		// primary: while the stop command runs (until stoppedAt) a reader may lose more
		// than one connection, each started before the replica was down
		List<ReadEvent> inFlight = failed.stream().filter((event) -> stoppedAt - event.start() > 0).toList();
		assertThat(failed)
			.as("failed reads of %s that started once %s was stopped: %s", events.size(), stopped.name(), summary)
			.containsExactlyInAnyOrderElementsOf(inFlight);
	}

	private static String failureSummary(List<ReadEvent> failed, long stoppedAt) {
		return failed.stream()
			.map((event) -> "started " + (event.start() - stoppedAt) / 1_000_000 + " ms after the stop: "
					+ rootCause(event.failure()))
			.toList()
			.toString();
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return failure.getClass().getSimpleName() + " / " + cause.getMessage();
	}

	/**
	 * One read of the load: when it started and ended, and the port that served it or its
	 * failure.
	 */
	private record ReadEvent(long start, long end, int port, Throwable failure) {

		static ReadEvent of(java.util.function.Supplier<ServedRead> read) {
			long start = System.nanoTime();
			try {
				ServedRead served = read.get();
				if (!served.found()) {
					throw new AssertionError("A replica did not have a replayed row: " + served);
				}
				return new ReadEvent(start, System.nanoTime(), served.port(), null);
			}
			catch (Throwable ex) {
				return new ReadEvent(start, System.nanoTime(), -1, ex);
			}
		}

	}

	@Test
	void sixteenThreadsReadTheirOwnWritesEvenWhileAReplicaIsPaused() throws Exception {
		int threads = 16;
		int writesPerThread = 24;
		long base = ids.getAndAdd(threads * 1000L) + 1;
		AtomicInteger stale = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		Map<Integer, AtomicInteger> servedBy = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long first = base + t * 1000L;
			workers.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < writesPerThread; i++) {
					this.desk.save(first + i, "w" + i);
					ServedRead read = (i % 2 == 0) ? this.desk.readOnly(first + i)
							: this.desk.readOnlyWithJdbc(first + i);
					if (!("w" + i).equals(read.name())) {
						stale.incrementAndGet();
					}
					servedBy.computeIfAbsent(read.port(), (port) -> new AtomicInteger()).incrementAndGet();
					// An older write of its own, which a replica may well have by now
					ServedRead older = this.desk.readOnly(first + i / 2);
					if (!("w" + (i / 2)).equals(older.name())) {
						stale.incrementAndGet();
					}
					servedBy.computeIfAbsent(older.port(), (port) -> new AtomicInteger()).incrementAndGet();
					if (i % 6 == 5) {
						// A thread that keeps writing reads from the primary (its last
						// write
						// is always newer than the replicas' last check); once it pauses,
						// a
						// replica that has replayed its writes serves them, never stale
						long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
						ServedRead later;
						do {
							Thread.sleep(50);
							later = this.desk.readOnly(first + i);
							if (!("w" + i).equals(later.name())) {
								stale.incrementAndGet();
							}
							servedBy.computeIfAbsent(later.port(), (port) -> new AtomicInteger()).incrementAndGet();
						}
						while (later.port() == shop().primaryPort() && System.nanoTime() < until);
					}
					done.incrementAndGet();
				}
				return null;
			}));
		}
		int total = threads * writesPerThread;
		Replication replication = shop().replication();
		start.countDown();
		ReplicatedShop.eventually(PATIENCE, "a third of the work", () -> done.get() >= total / 3);
		try (ReplicaOutage paused = replication.pauseReplay(replication.replica("r1"))) {
			int pausedAt = done.get();
			ReplicatedShop.eventually(PATIENCE, "a third of the work while r1 is paused",
					() -> done.get() >= Math.min(total, pausedAt + total / 3));
		}
		for (Future<?> worker : workers) {
			worker.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(stale.get()).as("stale reads of own writes, served by %s", servedBy).isZero();
		// Both served: the primary the writes a replica had not replayed, the replicas
		// the rest
		assertThat(servedBy).containsKey(shop().primaryPort());
		assertThat(servedBy.keySet()).containsAnyElementsOf(shop().replicaPorts());
		assertThat(ReplicatedShop.count(shop().database().primary(), base)).isEqualTo(total);
		for (io.github.multids.test.Replica replica : replication.replicas()) {
			replication.awaitCaughtUp(replica);
			assertThat(ReplicatedShop.count(shop().database().on(replica), base)).isEqualTo(total);
		}
	}

	@Test
	void aWriteInAReadOnlyTransactionFailsWithTheDatabasesErrorAndWritesNothing() throws Exception {
		long id = ids.incrementAndGet();
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		onFreshThread(() -> {
			assertThatException().isThrownBy(() -> readOnly.executeWithoutResult(
					(status) -> this.jdbc.sql("insert into item (id, name) values (?, 'refused')").param(id).update()))
				.withStackTraceContaining(readOnlyError());
			return null;
		});
		Replication replication = shop().replication();
		assertThat(ReplicatedShop.has(shop().database().primary(), id)).isFalse();
		for (io.github.multids.test.Replica replica : replication.replicas()) {
			replication.awaitCaughtUp(replica);
			assertThat(ReplicatedShop.has(shop().database().on(replica), id)).as(replica.name()).isFalse();
		}
	}

	private String readOnlyError() {
		return (shop().vendor() == io.github.multids.test.Vendor.POSTGRESQL)
				? "cannot execute INSERT in a read-only transaction"
				// Connector/J refuses it on a read-only connection before the server sees
				// it
				: "Connection is read-only. Queries leading to data modification are not allowed";
	}

	private ReplicaSet replicaSet() {
		return ReplicaSet.of(this.context.getBean("ordersDataSource"));
	}

	private Replica replica(String name) {
		return replicaSet().replicas()
			.stream()
			.filter((replica) -> replica.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static <T> T onFreshThread(java.util.concurrent.Callable<T> work) throws Exception {
		return ReplicatedShop.onFreshThread(work);
	}

}
