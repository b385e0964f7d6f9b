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
package io.github.multids.autoconfigure.tenants;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.github.multids.TenantRegistry;
import io.github.multids.UnknownTenantException;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.TenantSettings;
import io.github.multids.autoconfigure.jdbc.ConnectionRouter;
import io.github.multids.autoconfigure.migrations.MigrationResult;
import io.github.multids.context.LiveTenants;
import io.github.multids.context.TenantStack;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The tenants of a tenant source and their pools: the {@link TenantRegistry} of the
 * source, and the router its data source hands out connections through. A pool opens on a
 * tenant's first connection; at most {@code tenants.max-open} are open, the least
 * recently used idle one closing to make room, and any idle longer than
 * {@code tenants.idle-timeout} closes.
 * <p>
 * Taking a connection costs a map lookup and two atomic updates: a pool is closed only
 * once no thread is taking a connection from it (a counter set to -1 while it closes) and
 * none of its connections is out.
 *
 * @author multids
 */
public final class TenantPools implements TenantRegistry, ConnectionRouter, LiveTenants.TenantSource {

	private static final Log logger = LogFactory.getLog(TenantPools.class);

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

	private final String source;

	private final String template;

	private final HikariConfig poolTemplate;

	private final int maxOpen;

	private final long idleTimeoutNanos;

	private final TenantMigrations migrations;

	private final @Nullable Consumer<HikariConfig> poolCustomizer;

	private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();

	private final Map<String, ReentrantLock> registering = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	// Guards the open pools and their count
	private final ReentrantLock lock = new ReentrantLock();

	private final Condition closed = this.lock.newCondition();

	private final Set<Tenant> open = new LinkedHashSet<>();

	// Closes idle pools, and runs the housekeeping of every tenant pool
	private final ScheduledExecutorService sweeper;

	private final AtomicLong opened = new AtomicLong();

	private final AtomicLong evicted = new AtomicLong();

	private volatile boolean stopped;

	/**
	 * Create the tenant pools of a tenant source; none opens until used.
	 * @param source the tenant source
	 * @param migrations what registering runs on a tenant's database
	 * @param poolCustomizer applied to each tenant pool's configuration before it opens
	 * (metrics), if any
	 */
	public TenantPools(SourceDefinition source, TenantMigrations migrations,
			@Nullable Consumer<HikariConfig> poolCustomizer) {
		this.source = source.name();
		TenantSettings settings = source.tenants();
		this.poolTemplate = new HikariConfig();
		source.configurePool(this.poolTemplate);
		this.template = this.poolTemplate.getJdbcUrl();
		// A tenant pool keeps no idle connection it did not need, unless asked to
		if (this.poolTemplate.getMinimumIdle() < 0) {
			this.poolTemplate.setMinimumIdle(0);
		}
		this.maxOpen = settings.maxOpen();
		this.idleTimeoutNanos = settings.idleTimeout().toNanos();
		this.migrations = migrations;
		this.poolCustomizer = poolCustomizer;
		long sweep = Math.max(50, Math.min(settings.idleTimeout().toMillis() / 2, 30_000));
		ScheduledThreadPoolExecutor sweeper = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "multids-tenants-" + this.source);
			thread.setDaemon(true);
			return thread;
		});
		// HikariCP schedules a max-lifetime task per connection on the housekeeping
		// executor and cancels them when its pool closes: without this, a closed tenant
		// pool stays reachable from the queue until max-lifetime has passed
		sweeper.setRemoveOnCancelPolicy(true);
		sweeper.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.sweeper = sweeper;
		this.sweeper.scheduleWithFixedDelay(this::closeIdle, sweep, sweep, TimeUnit.MILLISECONDS);
		LiveTenants.register(this);
	}

	/**
	 * Register the tenants known at startup, failing on the first that cannot be.
	 * @param initial the tenants of {@code tenants.names} and of the application's
	 * providers
	 */
	public void registerAll(Collection<String> initial) {
		for (String tenant : initial) {
			register(tenant);
		}
	}

	@Override
	public String source() {
		return this.source;
	}

	@Override
	public void register(String tenant) {
		check(tenant);
		register(tenant, TenantSettings.url(this.template, tenant));
	}

	@Override
	public void register(String tenant, String url) {
		check(tenant);
		if (url == null || url.isBlank() || TenantSettings.isTemplate(url)) {
			throw new IllegalArgumentException("The url of tenant '" + tenant + "' of source '" + this.source
					+ "' must be a JDBC url with no '" + TenantSettings.PLACEHOLDER + "'");
		}
		ReentrantLock registration = this.registering.computeIfAbsent(tenant, (key) -> new ReentrantLock());
		registration.lock();
		try {
			Tenant existing = this.tenants.get(tenant);
			if (existing != null) {
				if (!existing.url.equals(url)) {
					throw new IllegalArgumentException("Tenant '" + tenant + "' of source '" + this.source
							+ "' is registered with another url; remove it first");
				}
				return;
			}
			Tenant candidate = new Tenant(tenant, url, this.sequence.incrementAndGet());
			long start = System.nanoTime();
			MigrationResult result = migrate(candidate);
			if (!result.succeeded()) {
				throw new IllegalStateException("Tenant '" + tenant + "' of source '" + this.source
						+ "' is not registered: " + result.summary());
			}
			this.tenants.put(tenant, candidate);
			if (logger.isDebugEnabled()) {
				logger.debug("Registered tenant '" + tenant + "' of source '" + this.source + "' (" + result.summary()
						+ ") in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
			}
		}
		finally {
			registration.unlock();
			this.registering.remove(tenant, registration);
		}
	}

	// Through the tenant's own pool, which stays open for its first work
	private MigrationResult migrate(Tenant tenant) {
		if (!this.migrations.hasMigrations()) {
			return MigrationResult.success(tenant.name, "no migrations");
		}
		MigrationResult result;
		// Entered, so that the pool is not closed for another tenant's between two of the
		// migration's connections
		tenant.entering.incrementAndGet();
		try {
			HikariDataSource pool = tenant.openPool(this);
			result = this.migrations.atStart(tenant.name, pool);
			// The migration's connections (Flyway holds two) are not what serving needs:
			// the tenant's first work opens its own
			HikariPoolMXBean bean = pool.getHikariPoolMXBean();
			if (bean != null) {
				bean.softEvictConnections();
			}
		}
		catch (SQLException | RuntimeException ex) {
			result = MigrationResult.failure(tenant.name, String.valueOf(ex.getMessage()));
		}
		finally {
			tenant.entering.decrementAndGet();
		}
		if (!result.succeeded()) {
			tenant.removed = true;
			closeRemoved(tenant);
		}
		return result;
	}

	@Override
	public boolean remove(String tenant) {
		Tenant removed = this.tenants.remove(tenant);
		if (removed == null) {
			return false;
		}
		removed.removed = true;
		closeRemoved(removed);
		return true;
	}

	// Waits for the work in progress, up to the pool's connection timeout, then closes
	private void closeRemoved(Tenant tenant) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(this.poolTemplate.getConnectionTimeout());
		while (!this.stopped) {
			this.lock.lock();
			try {
				if (tenant.pool == null || tryClose(tenant, false)) {
					return;
				}
				if (System.nanoTime() - deadline > 0) {
					logger.warn("Closing the pool of removed tenant '" + tenant.name + "' of source '" + this.source
							+ "' with work still in progress");
					tryClose(tenant, true);
					return;
				}
			}
			finally {
				this.lock.unlock();
			}
			LockSupport.parkNanos(POLL_NANOS);
		}
	}

	@Override
	public Set<String> tenants() {
		List<Tenant> registered = new ArrayList<>(this.tenants.values());
		registered.sort(Comparator.comparingLong((tenant) -> tenant.sequence));
		Set<String> names = new LinkedHashSet<>();
		registered.forEach((tenant) -> names.add(tenant.name));
		return names;
	}

	@Override
	public boolean isRegistered(String tenant) {
		return this.tenants.containsKey(tenant);
	}

	@Override
	public int registeredCount() {
		return this.tenants.size();
	}

	@Override
	public Connection getConnection() throws SQLException {
		String tenant = TenantStack.current().peek();
		if (tenant == null) {
			throw noTenant();
		}
		return getConnection(tenant);
	}

	/**
	 * Return a connection to a tenant's database.
	 * @param tenant the tenant
	 * @return the connection
	 * @throws SQLException when its pool gives none
	 * @throws UnknownTenantException when the tenant is not registered
	 */
	public Connection getConnection(String tenant) throws SQLException {
		Tenant registered = this.tenants.get(tenant);
		if (registered == null) {
			throw unknown(tenant);
		}
		return registered.connection(this);
	}

	/**
	 * Return a connection to the database of the first registered tenant, for Hibernate
	 * to read the database's metadata with.
	 * @return the connection
	 * @throws SQLException when no tenant is registered or its pool gives none
	 */
	public Connection getAnyConnection() throws SQLException {
		List<Tenant> registered = new ArrayList<>(this.tenants.values());
		if (registered.isEmpty()) {
			throw new SQLException("Tenant source '" + this.source + "' has no registered tenant yet");
		}
		registered.sort(Comparator.comparingLong((tenant) -> tenant.sequence));
		return registered.get(0).connection(this);
	}

	/**
	 * Return a data source of one tenant's database, whatever tenant is current.
	 * @param tenant the tenant
	 * @return the data source; its connections fail once the tenant is removed
	 */
	public DataSource dataSource(String tenant) {
		return new TenantDataSource(this, tenant);
	}

	/**
	 * Return a data source of the first registered tenant's database, to read the
	 * database's metadata with.
	 * @return the data source; its connections fail while no tenant is registered
	 */
	public DataSource anyTenantDataSource() {
		return new TenantDataSource(this, null);
	}

	/**
	 * Return a tenant's health, opening its pool if needed.
	 * @param tenant the tenant
	 * @param timeoutSeconds how long the connection check may take
	 * @return {@code null} when the tenant is reachable, else why not
	 * @throws UnknownTenantException when the tenant is not registered
	 */
	public @Nullable String health(String tenant, int timeoutSeconds) {
		try (Connection connection = getConnection(tenant)) {
			return connection.isValid(timeoutSeconds) ? null : "the connection is not valid";
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	/**
	 * Return the figures of the source's tenants.
	 * @return the figures
	 */
	public Figures figures() {
		List<String> failing = new ArrayList<>();
		int busy = 0;
		for (Tenant tenant : this.tenants.values()) {
			if (tenant.failure != null) {
				failing.add(tenant.name);
			}
		}
		this.lock.lock();
		try {
			for (Tenant tenant : this.open) {
				HikariDataSource pool = tenant.pool;
				if (pool != null && active(pool) > 0) {
					busy++;
				}
			}
			return new Figures(this.tenants.size(), this.open.size(), busy, this.maxOpen, List.copyOf(failing),
					this.opened.get(), this.evicted.get());
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the migrations run on each tenant's database.
	 * @return the migrations
	 */
	public TenantMigrations migrations() {
		return this.migrations;
	}

	/**
	 * Return how long an idle tenant pool stays open.
	 * @return the idle timeout
	 */
	public Duration idleTimeout() {
		return Duration.ofNanos(this.idleTimeoutNanos);
	}

	/**
	 * Return the source's url with {@code {tenant}} in it, masked.
	 * @return the template
	 */
	public String maskedTemplate() {
		return String.valueOf(JdbcUrls.mask(this.template));
	}

	/**
	 * Return the names of the tenants whose pool is open.
	 * @return the tenants
	 */
	public Set<String> openTenants() {
		this.lock.lock();
		try {
			Set<String> names = new LinkedHashSet<>();
			this.open.forEach((tenant) -> names.add(tenant.name));
			return names;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void close() {
		this.stopped = true;
		LiveTenants.unregister(this);
		this.sweeper.shutdownNow();
		this.lock.lock();
		try {
			for (Tenant tenant : new ArrayList<>(this.open)) {
				tryClose(tenant, true);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	// Every pool idle longer than the idle timeout
	private void closeIdle() {
		long now = System.nanoTime();
		this.lock.lock();
		try {
			for (Tenant tenant : new ArrayList<>(this.open)) {
				HikariDataSource pool = tenant.pool;
				if (pool != null && active(pool) > 0) {
					tenant.lastUsed = now;
				}
				else if (now - tenant.lastUsed > this.idleTimeoutNanos && tryClose(tenant, false)) {
					logger
						.debug("Closed the idle pool of tenant '" + tenant.name + "' of source '" + this.source + "'");
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Closing idle tenant pools of source '" + this.source + "' failed", ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	// Under the lock: a slot for one more open pool, closing the least recently used
	// idle pool if needed, waiting up to the connection timeout for one to be idle
	private void reserveSlot(Tenant tenant) throws SQLException {
		long timeout = TimeUnit.MILLISECONDS.toNanos(this.poolTemplate.getConnectionTimeout());
		long deadline = System.nanoTime() + timeout;
		this.lock.lock();
		try {
			while (this.open.size() >= this.maxOpen) {
				if (this.stopped) {
					throw new SQLException("Tenant source '" + this.source + "' is closed");
				}
				if (closeLeastRecentlyUsed()) {
					break;
				}
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					throw new SQLTransientConnectionException("Tenant source '" + this.source + "': all " + this.maxOpen
							+ " tenant pools that 'datasources." + this.source
							+ ".tenants.max-open' allows are busy; tenant '" + tenant.name + "' waited "
							+ TimeUnit.NANOSECONDS.toMillis(timeout) + " ms for one to become idle");
				}
				try {
					// Connections return to Hikari unannounced: look again shortly
					this.closed.awaitNanos(Math.min(remaining, POLL_NANOS));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new SQLException(
							"Interrupted while waiting for a tenant pool of source '" + this.source + "'", ex);
				}
			}
			this.open.add(tenant);
		}
		finally {
			this.lock.unlock();
		}
	}

	private boolean closeLeastRecentlyUsed() {
		List<Tenant> candidates = new ArrayList<>(this.open);
		candidates.sort(Comparator.comparingLong((tenant) -> tenant.lastUsed));
		for (Tenant candidate : candidates) {
			if (candidate.pool != null && tryClose(candidate, false)) {
				this.evicted.incrementAndGet();
				return true;
			}
		}
		return false;
	}

	// Under the lock: close a tenant's pool if no thread is taking a connection from it
	// and none of its connections is out (or regardless, when forced)
	private boolean tryClose(Tenant tenant, boolean force) {
		HikariDataSource pool = tenant.pool;
		if (pool == null) {
			return false;
		}
		if (!tenant.entering.compareAndSet(0, -1)) {
			if (!force) {
				return false;
			}
			tenant.entering.set(-1);
		}
		try {
			// Connections taken before the counter closed are counted as active now
			if (!force && active(pool) > 0) {
				return false;
			}
			tenant.pool = null;
			this.open.remove(tenant);
			this.closed.signalAll();
			try {
				pool.close();
			}
			catch (RuntimeException ex) {
				logger.warn("Closing the pool of tenant '" + tenant.name + "' of source '" + this.source + "' failed",
						ex);
			}
			return true;
		}
		finally {
			tenant.entering.set(0);
		}
	}

	private static int active(HikariDataSource pool) {
		HikariPoolMXBean bean = pool.getHikariPoolMXBean();
		return (bean != null) ? bean.getActiveConnections() : 0;
	}

	private HikariDataSource createPool(Tenant tenant) throws SQLException {
		HikariConfig config = new HikariConfig();
		this.poolTemplate.copyStateTo(config);
		config.setJdbcUrl(tenant.url);
		config.setPoolName(this.source + "." + tenant.name);
		// One housekeeping thread for all the source's tenant pools, not one per pool
		if (config.getScheduledExecutor() == null) {
			config.setScheduledExecutor(this.sweeper);
		}
		if (this.poolCustomizer != null) {
			this.poolCustomizer.accept(config);
		}
		try {
			HikariDataSource pool = new HikariDataSource(config);
			this.opened.incrementAndGet();
			tenant.failure = null;
			return pool;
		}
		catch (RuntimeException ex) {
			String why = rootMessage(ex);
			tenant.failure = why;
			throw new SQLException("The database of tenant '" + tenant.name + "' of source '" + this.source
					+ "' cannot be reached: " + why, ex);
		}
	}

	private void check(String tenant) {
		String problem = TenantSettings.problem(tenant);
		if (problem != null) {
			throw new IllegalArgumentException(
					"'" + tenant + "' is not a valid tenant of source '" + this.source + "': " + problem);
		}
	}

	private UnknownTenantException unknown(String tenant) {
		return new UnknownTenantException(tenant, this.source, this.tenants.size());
	}

	SQLException noTenant() {
		return new SQLException("No tenant is current for tenant source '" + this.source + "': run the work in"
				+ " TenantContext.run(tenant, ...), or let multids.tenants.header or a TenantResolver set the"
				+ " tenant of a web request");
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	/**
	 * The figures of a tenant source, for health, metrics and the routing map.
	 *
	 * @param registered the registered tenants
	 * @param open the open tenant pools
	 * @param busy the open pools with a connection out
	 * @param maxOpen the most pools open at once
	 * @param failing the tenants whose database could not be reached last time
	 * @param opened how many pools were opened since startup
	 * @param evicted how many idle pools were closed to make room
	 */
	public record Figures(int registered, int open, int busy, int maxOpen, List<String> failing, long opened,
			long evicted) {
	}

	private static final class TenantDataSource extends AbstractDataSource {

		private final TenantPools pools;

		private final @Nullable String tenant;

		private TenantDataSource(TenantPools pools, @Nullable String tenant) {
			this.pools = pools;
			this.tenant = tenant;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return (this.tenant != null) ? this.pools.getConnection(this.tenant) : this.pools.getAnyConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

	private static final class Tenant {

		private final String name;

		private final String url;

		private final long sequence;

		// Threads taking a connection; -1 while the pool closes
		private final AtomicInteger entering = new AtomicInteger();

		private volatile @Nullable HikariDataSource pool;

		private volatile long lastUsed = System.nanoTime();

		private volatile boolean removed;

		private volatile @Nullable String failure;

		private Tenant(String name, String url, long sequence) {
			this.name = name;
			this.url = url;
			this.sequence = sequence;
		}

		Connection connection(TenantPools pools) throws SQLException {
			enter(pools);
			try {
				HikariDataSource pool = this.pool;
				if (pool == null) {
					pool = openPool(pools);
				}
				this.lastUsed = System.nanoTime();
				return pool.getConnection();
			}
			finally {
				this.entering.decrementAndGet();
			}
		}

		private void enter(TenantPools pools) {
			for (;;) {
				if (this.removed) {
					throw pools.unknown(this.name);
				}
				int entering = this.entering.get();
				if (entering >= 0) {
					if (this.entering.compareAndSet(entering, entering + 1)) {
						return;
					}
				}
				else {
					LockSupport.parkNanos(POLL_NANOS / 50);
				}
			}
		}

		synchronized HikariDataSource openPool(TenantPools pools) throws SQLException {
			HikariDataSource pool = this.pool;
			if (pool != null) {
				return pool;
			}
			pools.reserveSlot(this);
			try {
				pool = pools.createPool(this);
			}
			catch (SQLException | RuntimeException ex) {
				pools.lock.lock();
				try {
					pools.open.remove(this);
					pools.closed.signalAll();
				}
				finally {
					pools.lock.unlock();
				}
				throw ex;
			}
			this.lastUsed = System.nanoTime();
			this.pool = pool;
			// Removed while it opened: remove() may have found no pool to close
			if (this.removed) {
				pools.lock.lock();
				try {
					if (this.pool == pool) {
						this.pool = null;
						pools.open.remove(this);
						pools.closed.signalAll();
					}
				}
				finally {
					pools.lock.unlock();
				}
				pool.close();
				throw pools.unknown(this.name);
			}
			return pool;
		}

	}

}
