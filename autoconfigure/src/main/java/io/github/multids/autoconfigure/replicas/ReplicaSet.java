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
package io.github.multids.autoconfigure.replicas;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.ReadSettings;
import io.github.multids.autoconfigure.binding.ReplicaDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.jdbc.ConnectionRouter;
import io.github.multids.autoconfigure.jdbc.SourceHikariDataSource;
import io.github.multids.context.ReadMarks;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The replicas of one source and the choice, for each unit of read-only work, of the one
 * that serves it: weighted round robin over the replicas that are up, within `max-lag`
 * and, for a caller that wrote on the source, past its write; else the primary.
 * <p>
 * A background check reads the primary's replication position and each replica's replayed
 * position every `check-interval`. A write needs no extra statement: it is visible on a
 * replica once that replica has replayed a position of the primary sampled after the
 * write was committed.
 *
 * @author multids
 */
public final class ReplicaSet implements ConnectionRouter {

	private static final Log logger = LogFactory.getLog(ReplicaSet.class);

	private static final int HISTORY = 128;

	private static final long MAX_BACK_OFF_NANOS = Duration.ofSeconds(15).toNanos();

	private final String source;

	private final SourceHikariDataSource primary;

	private final Replica[] replicas;

	private final int[] schedule;

	private final AtomicInteger cursor = new AtomicInteger();

	private final LongAdder primaryReads = new LongAdder();

	private final boolean readYourWrites;

	private final long maxLagNanos;

	private final long intervalNanos;

	private final ScheduledExecutorService checks;

	private volatile Sample[] history = new Sample[0];

	private volatile @Nullable ReplicationVendor vendor;

	private volatile boolean started;

	private volatile @Nullable String primaryIdentity;

	private ReplicaSet(SourceDefinition definition, SourceHikariDataSource primary, List<HikariDataSource> pools) {
		this.source = definition.name();
		this.primary = primary;
		List<ReplicaDefinition> replicas = definition.replicas();
		this.replicas = new Replica[replicas.size()];
		for (int i = 0; i < this.replicas.length; i++) {
			this.replicas[i] = new Replica(replicas.get(i), pools.get(i));
		}
		this.schedule = schedule(replicas);
		ReadSettings read = definition.read();
		this.readYourWrites = read.readYourWrites();
		this.maxLagNanos = read.maxLag().toNanos();
		this.intervalNanos = read.checkInterval().toNanos();
		CustomizableThreadFactory threads = new CustomizableThreadFactory("multids-replicas-" + this.source + "-");
		threads.setDaemon(true);
		this.checks = new ScheduledThreadPoolExecutor(1 + this.replicas.length, threads);
	}

	/**
	 * Route the reads of a source to its replicas, after a first check of each.
	 * @param definition the source
	 * @param primary the source's pool
	 * @param pools the replica pools, in the order of {@link SourceDefinition#replicas()}
	 * @return the replicas
	 */
	public static ReplicaSet attach(SourceDefinition definition, SourceHikariDataSource primary,
			List<HikariDataSource> pools) {
		ReplicaSet replicas = new ReplicaSet(definition, primary, pools);
		replicas.start();
		primary.routeConnections(replicas);
		return replicas;
	}

	/**
	 * Return the replicas of a source's pool.
	 * @param dataSource the pool of a source
	 * @return its replicas, {@code null} when it has none
	 */
	public static @Nullable ReplicaSet of(@Nullable Object dataSource) {
		return (dataSource instanceof SourceHikariDataSource pool && pool.router() instanceof ReplicaSet replicas)
				? replicas : null;
	}

	// Weighted round robin, interleaved (r1 r2 r2 r1 r2 r2 ... for weights 1 and 2)
	private static int[] schedule(List<ReplicaDefinition> replicas) {
		int divisor = replicas.stream().mapToInt(ReplicaDefinition::weight).reduce(ReplicaSet::gcd).orElse(1);
		int[] weights = replicas.stream().mapToInt((replica) -> replica.weight() / divisor).toArray();
		int total = Arrays.stream(weights).sum();
		int[] current = new int[weights.length];
		int[] schedule = new int[total];
		for (int slot = 0; slot < total; slot++) {
			int best = 0;
			for (int i = 0; i < weights.length; i++) {
				current[i] += weights[i];
				if (current[i] > current[best]) {
					best = i;
				}
			}
			current[best] -= total;
			schedule[slot] = best;
		}
		return schedule;
	}

	private static int gcd(int a, int b) {
		return (b == 0) ? a : gcd(b, a % b);
	}

	@Override
	public Connection getConnection() {
		return new ReadRoutedConnection(this);
	}

	/**
	 * Return the source name.
	 * @return the name
	 */
	public String source() {
		return this.source;
	}

	/**
	 * Return the replicas.
	 * @return the replicas in configuration order
	 */
	public List<Replica> replicas() {
		return List.of(this.replicas);
	}

	/**
	 * Return how many reads the primary served because no replica could.
	 * @return the count
	 */
	public long primaryReads() {
		return this.primaryReads.sum();
	}

	/**
	 * Return whether reads after a caller's own write wait for a replica past it.
	 * @return whether read-your-writes is on
	 */
	public boolean isReadYourWrites() {
		return this.readYourWrites;
	}

	/**
	 * Return the replication the source's database has.
	 * @return the vendor name, {@code null} before the primary was first reached
	 */
	public @Nullable String replication() {
		ReplicationVendor vendor = this.vendor;
		return (vendor != null) ? vendor.name().toLowerCase(java.util.Locale.ROOT) : null;
	}

	boolean defaultAutoCommit() {
		return this.primary.isAutoCommit();
	}

	Connection primaryConnection() throws SQLException {
		return this.primary.getPrimaryConnection();
	}

	/**
	 * Return a connection for read-only work: a replica's, else the primary's.
	 * @param served told which replica serves, {@code null} for the primary
	 * @return the connection
	 * @throws SQLException when not even the primary gives one
	 */
	Connection readConnection(ReadRoutedConnection served) throws SQLException {
		long lastWrite = this.readYourWrites ? ReadMarks.current().lastWrite(this, this.source) : ReadMarks.NONE;
		int[] schedule = this.schedule;
		int start = (this.cursor.getAndIncrement() & Integer.MAX_VALUE) % schedule.length;
		long tried = 0;
		for (int i = 0; i < schedule.length; i++) {
			int index = schedule[(start + i) % schedule.length];
			Replica replica = this.replicas[index];
			if ((tried & (1L << index)) != 0 || !replica.serves(lastWrite)) {
				continue;
			}
			tried |= 1L << index;
			try {
				Connection connection = replica.pool().getConnection();
				replica.served();
				served.servedBy(replica);
				return connection;
			}
			catch (SQLException | RuntimeException ex) {
				// Before any statement ran: the next candidate serves the read
				down(replica, ex, false);
			}
		}
		this.primaryReads.increment();
		served.servedBy(null);
		return this.primary.getPrimaryConnection();
	}

	/**
	 * Note that this thread's work on the primary was committed.
	 */
	void wrote() {
		if (this.readYourWrites) {
			ReadMarks.current().wrote(this, this.source, System.nanoTime());
		}
	}

	private void start() {
		samplePrimary();
		for (Replica replica : this.replicas) {
			check(replica);
			if (replica.state() == Replica.State.DOWN) {
				logger.warn("Replica '" + replica.definition().qualifiedName() + "' of source '" + this.source
						+ "' cannot be reached at " + JdbcUrls.mask(replica.definition().jdbcUrl()) + " ("
						+ replica.error() + "); it serves no reads until it is back");
			}
		}
		this.started = true;
		this.checks.scheduleWithFixedDelay(this::samplePrimary, this.intervalNanos, this.intervalNanos,
				TimeUnit.NANOSECONDS);
		for (Replica replica : this.replicas) {
			scheduleCheck(replica);
		}
	}

	private void scheduleCheck(Replica replica) {
		long delay = this.intervalNanos;
		for (int i = 0; i < Math.min(replica.failures(), 16) && delay < MAX_BACK_OFF_NANOS; i++) {
			delay *= 2;
		}
		try {
			this.checks.schedule(() -> {
				check(replica);
				scheduleCheck(replica);
			}, Math.min(delay, MAX_BACK_OFF_NANOS), TimeUnit.NANOSECONDS);
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// Closed
		}
	}

	private void samplePrimary() {
		long start = System.nanoTime();
		try (Connection connection = this.primary.getPrimaryConnection()) {
			ReplicationVendor vendor = vendor(connection);
			if (vendor.isTracked()) {
				if (this.primaryIdentity == null) {
					this.primaryIdentity = vendor.identity(connection);
				}
				Sample[] history = this.history;
				Sample[] next = Arrays.copyOfRange(history, Math.max(0, history.length + 1 - HISTORY),
						history.length + 1);
				next[next.length - 1] = new Sample(start, vendor.primaryPosition(connection));
				this.history = next;
			}
		}
		catch (SQLException | RuntimeException ex) {
			// The primary is down: the replicas keep serving what they have
			if (logger.isDebugEnabled()) {
				logger.debug("Cannot read the replication position of source '" + this.source + "'", ex);
			}
		}
	}

	private ReplicationVendor vendor(Connection connection) throws SQLException {
		ReplicationVendor vendor = this.vendor;
		if (vendor == null) {
			vendor = ReplicationVendor.of(connection);
			this.vendor = vendor;
		}
		return vendor;
	}

	private void check(Replica replica) {
		long start = System.nanoTime();
		Replica.State before = replica.state();
		try (Connection connection = replica.pool().getConnection()) {
			ReplicationVendor vendor = vendor(connection);
			if (!vendor.isTracked()) {
				// Not known: a write counts as visible once older than max-lag
				replica.checked(start - this.maxLagNanos, -1, -1, this.maxLagNanos);
			}
			else {
				if (replica.state() == Replica.State.DOWN) {
					verify(vendor, connection);
				}
				measure(replica, vendor, vendor.replayedPosition(connection), start);
			}
		}
		catch (SQLException | RuntimeException ex) {
			down(replica, ex, true);
		}
		Replica.State after = replica.state();
		if (this.started && before != after) {
			String message = "Replica '" + replica.definition().qualifiedName() + "' of source '" + this.source
					+ "' is " + after + switch (after) {
						case SERVING -> ": it serves reads again";
						case LAGGING -> " (" + replica.lagNanos() / 1_000_000 + " ms behind, more than max-lag "
								+ this.maxLagNanos / 1_000_000 + " ms): it serves no reads";
						case DOWN -> " (" + replica.error() + "): it serves no reads until it is back";
					};
			if (after == Replica.State.SERVING) {
				logger.info(message);
			}
			else {
				logger.warn(message);
			}
		}
	}

	// A replica url that points at another database (a typo, a copied configuration) must
	// never serve reads: checked whenever the replica comes up
	private void verify(ReplicationVendor vendor, Connection connection) throws SQLException {
		String primary = this.primaryIdentity;
		String replica = vendor.identity(connection);
		if (primary != null && !primary.equals(replica)) {
			throw new SQLException("it is not a replica of the source's database: it holds database " + replica
					+ ", the primary " + primary);
		}
	}

	private void measure(Replica replica, ReplicationVendor vendor, Object replayed, long start) {
		Sample[] history = this.history;
		if (history.length == 0) {
			// The primary was never reached: nothing to compare with and nothing written
			replica.checked(ReadMarks.NONE, -1, -1, this.maxLagNanos);
			return;
		}
		Sample latest = history[history.length - 1];
		for (int i = history.length - 1; i >= 0; i--) {
			if (vendor.reached(replayed, history[i].position())) {
				long caughtUp = history[i].start();
				long lag = (i == history.length - 1) ? 0 : start - caughtUp;
				replica.checked(caughtUp, lag, vendor.bytesBehind(latest.position(), replayed), this.maxLagNanos);
				return;
			}
		}
		// Behind every sample kept: behind since it last caught up, or longer than known
		long since = (replica.caughtUp() != ReadMarks.NONE) ? replica.caughtUp() : history[0].start();
		replica.checked(ReadMarks.NONE, start - since, vendor.bytesBehind(latest.position(), replayed),
				this.maxLagNanos);
	}

	private void down(Replica replica, Throwable ex, boolean fromCheck) {
		boolean wasDown = replica.state() == Replica.State.DOWN;
		replica.failed(String.valueOf(JdbcUrls.mask(rootMessage(ex))), fromCheck);
		if (!wasDown) {
			// Idle connections of a replica that went away would fail their first
			// statement: the next borrow opens a new one, or fails over before any ran
			HikariPoolMXBean pool = replica.pool().getHikariPoolMXBean();
			if (pool != null) {
				pool.softEvictConnections();
			}
		}
		if (!wasDown && !fromCheck) {
			logger.warn("Replica '" + replica.definition().qualifiedName() + "' of source '" + this.source
					+ "' gave no connection (" + replica.error() + "); its reads go to the other replicas or the"
					+ " primary until it is back");
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	@Override
	public void close() {
		this.checks.shutdownNow();
	}

	/**
	 * A position of the primary and when its reading started.
	 *
	 * @param start the {@link System#nanoTime()} before the position was read
	 * @param position the position
	 */
	private record Sample(long start, Object position) {

	}

}
