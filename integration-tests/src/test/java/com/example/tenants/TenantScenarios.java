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
package com.example.tenants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.example.tenants.TenantDatabases.Row;
import com.example.tenants.customers.Customer;
import com.example.tenants.customers.CustomerDesk;
import com.example.tenants.customers.CustomerRepository;
import io.github.multids.TenantContext;
import io.github.multids.TenantRegistry;
import io.github.multids.UnknownTenantException;
import io.github.multids.autoconfigure.tenants.TenantPools;
import io.github.multids.test.Vendor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * A database per tenant on one vendor: a default source {@code main} and a tenant source
 * {@code customers} whose 30 tenants are registered at run time, each on a database this
 * run creates (and drops after). Every claim about where a row is, is read back over
 * plain JDBC connections of the test's own, from each database.
 *
 * @author multids
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TenantScenarios {

	private static final int TENANTS = 30;

	private static final int MAX_OPEN = 5;

	private static final int POOL_SIZE = 2;

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static final String MAIN = "main";

	private static final String INSERT = "insert into customer (id, tenant, via) values (?, ?, ?)";

	private static final String FLYWAY_HISTORY = """
			create table flyway_schema_history (
				installed_rank int not null primary key,
				version varchar(50),
				description varchar(200) not null,
				type varchar(20) not null,
				script varchar(1000) not null,
				checksum int,
				installed_by varchar(100) not null,
				installed_on timestamp not null default current_timestamp,
				execution_time int not null,
				success boolean not null
			)""";

	private final List<String> tenants = IntStream.rangeClosed(1, TENANTS)
		.mapToObj((i) -> String.format("t%02d", i))
		.toList();

	private final AtomicLong ids = new AtomicLong();

	private TenantDatabases databases;

	private ConfigurableApplicationContext context;

	private TenantRegistry registry;

	private TenantPools pools;

	private CustomerRepository repository;

	private CustomerDesk desk;

	private JdbcClient customersJdbc;

	private JdbcClient mainJdbc;

	abstract Vendor vendor();

	/**
	 * Return the settings the vendor needs on top of the shared ones.
	 * @return the properties
	 */
	Map<String, Object> vendorProperties() {
		return Map.of();
	}

	@BeforeAll
	void start() {
		this.databases = TenantDatabases.on(vendor());
		this.databases.create(MAIN);
		this.tenants.forEach(this.databases::create);
		this.databases.create("leaving");
		this.databases.create("broken");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.config.name", "multids-tenants");
		properties.put("spring.main.banner-mode", "off");
		properties.putAll(this.databases.properties(MAIN, this.databases.of(MAIN).url()));
		properties.put("datasources.main.default", "true");
		properties.put("datasources.main.hikari.maximum-pool-size", POOL_SIZE);
		properties.putAll(this.databases.properties("customers", this.databases.template()));
		properties.put("datasources.customers.packages", "com.example.tenants.customers");
		properties.put("datasources.customers.hikari.maximum-pool-size", POOL_SIZE);
		properties.put("datasources.customers.hikari.connection-timeout", "20000");
		properties.put("datasources.customers.tenants.max-open", MAX_OPEN);
		properties.putAll(vendorProperties());
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		this.context = new SpringApplicationBuilder(TenantShopApplication.class).web(WebApplicationType.NONE)
			.run(arguments);
		this.registry = this.context.getBean(TenantRegistry.class);
		this.pools = this.context.getBean("customersTenantRegistry", TenantPools.class);
		this.repository = this.context.getBean(CustomerRepository.class);
		this.desk = this.context.getBean(CustomerDesk.class);
		this.customersJdbc = this.context.getBean("customersJdbcClient", JdbcClient.class);
		this.mainJdbc = this.context.getBean("mainJdbcClient", JdbcClient.class);
	}

	@AfterAll
	void stop() {
		try {
			if (this.context != null) {
				this.context.close();
			}
		}
		finally {
			if (this.databases != null) {
				this.databases.close();
			}
		}
	}

	@Test
	@Order(1)
	void eachTenantRegisteredAtRunTimeGetsItsRowsInItsOwnDatabaseOnly() {
		assertThat(this.registry.tenants()).doesNotContainAnyElementsOf(this.tenants);
		Map<String, String> expected = new LinkedHashMap<>();
		for (String tenant : this.tenants) {
			this.registry.register(tenant);
			String byRepository = id(tenant);
			String byJdbc = id(tenant);
			String byService = id(tenant);
			TenantContext.run(tenant, () -> this.repository.save(new Customer(byRepository, tenant, "repository")));
			TenantContext.run(tenant, () -> this.customersJdbc.sql(INSERT).params(byJdbc, tenant, "jdbc").update());
			TenantContext.run(tenant, () -> this.desk.add(byService, tenant));
			expected.put(byRepository, tenant);
			expected.put(byJdbc, tenant);
			expected.put(byService, tenant);
		}
		assertThat(this.registry.tenants()).containsSubsequence(this.tenants);
		Map<String, Map<String, Row>> everywhere = readEverywhere();
		assertThat(misplaced(expected, everywhere)).isEmpty();
		for (String tenant : this.tenants) {
			assertThat(everywhere.get(tenant).values()).as(tenant)
				.extracting(Row::via)
				.containsExactlyInAnyOrder("repository", "jdbc", "service");
		}
		assertThat(everywhere.get(MAIN)).isEmpty();
	}

	@Test
	@Order(2)
	void sixteenThreadsOverRandomTenantsAndSourcesMisrouteNoRow() throws Exception {
		registerAll();
		int threads = 16;
		int operations = 80;
		Map<String, String> expected = new ConcurrentHashMap<>();
		Set<String> rolledBack = ConcurrentHashMap.newKeySet();
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService workers = Executors.newFixedThreadPool(threads);
		long began = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Random random = new Random(1000L + t);
				done.add(workers.submit(() -> {
					start.await();
					for (int i = 0; i < operations; i++) {
						String tenant = this.tenants.get(random.nextInt(TENANTS));
						String other = this.tenants.get(random.nextInt(TENANTS));
						int path = random.nextInt(7);
						try {
							work(path, tenant, other, expected, rolledBack);
						}
						catch (Throwable ex) {
							failures.add("path " + path + " for " + tenant + ": " + messages(ex));
						}
						if (TenantContext.current().isPresent()) {
							failures.add("path " + path + " left tenant " + TenantContext.current().get());
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> worker : done) {
				worker.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			workers.shutdownNow();
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
		Map<String, Map<String, Row>> everywhere = readEverywhere();
		Map<String, String> misplaced = misplaced(expected, everywhere);
		List<String> mistagged = mistagged(everywhere);
		List<String> survivors = rolledBack.stream().filter((id) -> !locations(id, everywhere).isEmpty()).toList();
		System.out.println(vendor() + ": " + threads * operations + " operations in " + millis + " ms, "
				+ expected.size() + " committed rows, " + rolledBack.size() + " rolled back; " + misplaced.size()
				+ " misrouted or lost, " + mistagged.size() + " mistagged, " + survivors.size()
				+ " rolled-back rows found, " + failures.size() + " failed; " + this.pools.figures());
		assertThat(failures).isEmpty();
		assertThat(misplaced).isEmpty();
		assertThat(mistagged).isEmpty();
		assertThat(survivors).isEmpty();
		assertThat(expected.values()).contains(MAIN);
		assertThat(rolledBack).isNotEmpty();
	}

	private void work(int path, String tenant, String other, Map<String, String> expected, Set<String> rolledBack)
			throws Exception {
		String id = id(tenant);
		switch (path) {
			case 0 -> TenantContext.run(tenant, () -> this.repository.save(new Customer(id, tenant, "repository")));
			case 1 ->
				TenantContext.run(tenant, () -> this.customersJdbc.sql(INSERT).params(id, tenant, "jdbc").update());
			case 2 -> TenantContext.run(tenant, () -> this.desk.add(id, tenant));
			case 3 -> TenantContext.run(tenant, () -> this.mainJdbc.sql(INSERT).params(id, tenant, MAIN).update());
			case 4 -> {
				String nested = id(other);
				TenantContext.run(tenant, () -> {
					TenantContext.run(other, () -> this.repository.save(new Customer(nested, other, "nested")));
					this.customersJdbc.sql(INSERT).params(id, tenant, "after-nested").update();
				});
				expected.put(nested, other);
			}
			case 5 -> {
				Throwable failure = catchThrowable(
						() -> TenantContext.run(tenant, () -> this.desk.addThenFail(id, tenant)));
				if (!(failure instanceof IllegalStateException) || !failure.getMessage().contains(id)) {
					throw new AssertionError("Expected the rollback of " + id + ", got " + failure);
				}
				rolledBack.add(id);
				return;
			}
			default -> {
				// Reads see the current tenant's rows only
				long foreign = TenantContext.call(tenant,
						() -> this.customersJdbc.sql("select count(*) from customer where tenant <> ?")
							.param(tenant)
							.query(Long.class)
							.single());
				long all = TenantContext.call(tenant, this.repository::count);
				if (foreign != 0 || all < 0) {
					throw new AssertionError(tenant + " read " + foreign + " rows of other tenants");
				}
				return;
			}
		}
		expected.put(id, (path == 3) ? MAIN : tenant);
	}

	@Test
	@Order(3)
	void neverMoreThanMaxOpenPoolsAndAnEvictedTenantReopensWithItsData() throws Exception {
		registerAll();
		long evictedBefore = this.pools.figures().evicted();
		AtomicInteger mostOpen = new AtomicInteger();
		AtomicBoolean sampling = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (sampling.get()) {
				mostOpen.accumulateAndGet(this.pools.figures().open(), Math::max);
				mostOpen.accumulateAndGet(this.pools.openTenants().size(), Math::max);
				LockSupport.parkNanos(200_000);
			}
		}, "open-pools-sampler");
		sampler.start();
		Map<String, String> expected = new LinkedHashMap<>();
		try {
			for (String tenant : this.tenants) {
				String id = id(tenant);
				TenantContext.run(tenant, () -> this.desk.add(id, tenant));
				expected.put(id, tenant);
				assertThat(this.pools.openTenants()).hasSizeLessThanOrEqualTo(MAX_OPEN).contains(tenant);
				Map<String, Integer> connections = eventually("at most " + MAX_OPEN + " tenant databases connected to",
						this::tenantConnections, (open) -> open.size() <= MAX_OPEN);
				assertThat(connections.values().stream().mapToInt(Integer::intValue).sum())
					.isLessThanOrEqualTo(MAX_OPEN * POOL_SIZE);
			}
		}
		finally {
			sampling.set(false);
			sampler.join();
		}
		assertThat(mostOpen.get()).isEqualTo(MAX_OPEN);
		assertThat(this.pools.figures().evicted() - evictedBefore).isGreaterThanOrEqualTo(TENANTS - MAX_OPEN);
		String first = this.tenants.get(0);
		assertThat(this.pools.openTenants()).doesNotContain(first);
		Set<String> direct = this.databases.customers(first).keySet();
		List<String> seen = TenantContext.call(first,
				() -> this.repository.findAll().stream().map(Customer::getId).toList());
		long counted = TenantContext.call(first,
				() -> this.customersJdbc.sql("select count(*) from customer").query(Long.class).single());
		assertThat(seen).containsExactlyInAnyOrderElementsOf(direct).containsAll(keysOf(expected, first));
		assertThat(counted).isEqualTo(direct.size());
		assertThat(this.pools.openTenants()).contains(first).hasSizeLessThanOrEqualTo(MAX_OPEN);
		assertThat(this.pools.figures().open()).isLessThanOrEqualTo(MAX_OPEN);
		assertThat(misplaced(expected, readEverywhere())).isEmpty();
	}

	@Test
	@Order(4)
	void anUnknownTenantIsRefusedNamingTheTenantAndNoUrl() {
		UnknownTenantException anywhere = catchThrowableOfType(UnknownTenantException.class,
				() -> TenantContext.run("initech", this.repository::count));
		assertThat(anywhere.getTenant()).isEqualTo("initech");
		assertThat(anywhere.getSource()).isNull();
		UnknownTenantException onSource = catchThrowableOfType(UnknownTenantException.class,
				() -> this.pools.getConnection("initech"));
		assertThat(onSource.getSource()).isEqualTo("customers");
		assertThat(onSource).hasMessageContaining("tenant source 'customers'");
		for (UnknownTenantException ex : List.of(anywhere, onSource)) {
			assertThat(ex).hasMessageContaining("'initech'")
				.hasMessageNotContaining("jdbc:")
				.hasMessageNotContaining(this.databases.of("t01").url())
				.hasMessageNotContaining("127.0.0.1");
		}
	}

	@Test
	@Order(5)
	void workOnTheTenantSourceWithNoTenantCurrentFailsNamingTheSource() {
		assertThat(TenantContext.current()).isEmpty();
		String byRepository = id("none");
		String byJdbc = id("none");
		String byService = id("none");
		List<Executable> works = List.of(() -> this.repository.save(new Customer(byRepository, "none", "repository")),
				() -> this.customersJdbc.sql(INSERT).params(byJdbc, "none", "jdbc").update(),
				() -> this.desk.add(byService, "none"), this.repository::count);
		for (Executable work : works) {
			Throwable failure = catchThrowable(work::execute);
			assertThat(failure).isNotNull();
			assertThat(messages(failure)).contains("No tenant is current for tenant source 'customers'");
		}
		Map<String, Map<String, Row>> everywhere = readEverywhere();
		for (String id : List.of(byRepository, byJdbc, byService)) {
			assertThat(locations(id, everywhere)).as(id).isEmpty();
		}
	}

	@Test
	@Order(6)
	void aTenantNameThatCouldChangeTheUrlIsRefusedAtRegister() {
		List<String> invalid = List.of("a;b", "../x", "a?user=root", "t01/../main", "", "-t01", "t01 ", "x".repeat(64));
		for (String name : invalid) {
			assertThatIllegalArgumentException().as(name)
				.isThrownBy(() -> this.registry.register(name))
				.withMessageContaining("is not a valid tenant of source 'customers'");
		}
		assertThat(this.registry.tenants()).doesNotContainAnyElementsOf(invalid);
	}

	@Test
	@Order(7)
	void aTenantWhoseMigrationFailsStaysUnregisteredWithTheError() throws InterruptedException {
		// A database Flyway has started to manage, with a table in the way of V1
		this.databases.executeOn("broken", FLYWAY_HISTORY);
		this.databases.executeOn("broken", "create table customer (id int not null primary key)");
		IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
				() -> this.registry.register("broken"));
		System.out.println(vendor() + ": " + failure.getMessage());
		assertThat(failure).hasMessageContaining("Tenant 'broken' of source 'customers' is not registered")
			.hasMessageContaining("V1__customer.sql")
			.hasMessageContaining("customer")
			.hasMessageContaining("already exists");
		assertThat(this.registry.tenants()).doesNotContain("broken");
		assertThat(this.pools.openTenants()).doesNotContain("broken");
		assertThatExceptionOfType(UnknownTenantException.class)
			.isThrownBy(() -> TenantContext.run("broken", this.repository::count));
		eventually("no connection left to the broken tenant's database", this::tenantConnections,
				(open) -> !open.containsKey("broken"));
		// Once its database is fixed, the tenant registers
		this.databases.executeOn("broken", "drop table customer");
		this.databases.executeOn("broken", "delete from flyway_schema_history");
		this.registry.register("broken");
		String id = id("broken");
		TenantContext.run("broken", () -> this.desk.add(id, "broken"));
		assertThat(this.databases.customers("broken")).containsOnlyKeys(id);
	}

	@Test
	@Order(8)
	void removeWaitsForTheTransactionInProgressThenClosesThePool() throws Exception {
		this.registry.register("leaving");
		String id = id("leaving");
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Void> work = CompletableFuture.runAsync(() -> TenantContext.run("leaving", () -> {
				try {
					this.desk.addAndHold(id, "leaving", written, release);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}), executor);
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Boolean> removal = CompletableFuture.supplyAsync(() -> this.registry.remove("leaving"),
					executor);
			eventually("'leaving' no longer registered", this.registry::tenants,
					(registered) -> !registered.contains("leaving"));
			Thread.sleep(300);
			assertThat(removal).as("remove while the transaction is open").isNotDone();
			assertThat(this.pools.openTenants()).contains("leaving");
			assertThatExceptionOfType(UnknownTenantException.class)
				.isThrownBy(() -> TenantContext.run("leaving", this.repository::count));
			assertThat(this.databases.customers("leaving")).doesNotContainKey(id);
			release.countDown();
			work.get(30, TimeUnit.SECONDS);
			assertThat(removal.get(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
		assertThat(this.pools.openTenants()).doesNotContain("leaving");
		assertThat(this.databases.customers("leaving")).containsOnlyKeys(id);
		eventually("no connection left to the removed tenant's database", this::tenantConnections,
				(open) -> !open.containsKey("leaving"));
	}

	private void registerAll() {
		this.tenants.forEach(this.registry::register);
	}

	private String id(String tenant) {
		return tenant + "-" + this.ids.incrementAndGet();
	}

	// The connections the server counts to each tenant's database, main left out
	private Map<String, Integer> tenantConnections() {
		Map<String, Integer> connections = this.databases.connections();
		connections.remove(MAIN);
		return connections;
	}

	private Map<String, Map<String, Row>> readEverywhere() {
		Map<String, Map<String, Row>> everywhere = new LinkedHashMap<>();
		everywhere.put(MAIN, this.databases.customers(MAIN));
		this.tenants.forEach((tenant) -> everywhere.put(tenant, this.databases.customers(tenant)));
		return everywhere;
	}

	// Each expected row that is not in exactly the database it was written for
	private static Map<String, String> misplaced(Map<String, String> expected,
			Map<String, Map<String, Row>> everywhere) {
		Map<String, String> misplaced = new LinkedHashMap<>();
		expected.forEach((id, database) -> {
			List<String> found = locations(id, everywhere);
			if (!found.equals(List.of(database))) {
				misplaced.put(id, "written for " + database + ", found in " + found);
			}
		});
		return misplaced;
	}

	// Rows of a tenant's database written for another tenant, rows of main not written
	// through main
	private static List<String> mistagged(Map<String, Map<String, Row>> everywhere) {
		List<String> mistagged = new ArrayList<>();
		everywhere.forEach((database, rows) -> rows.forEach((id, row) -> {
			boolean right = MAIN.equals(database) ? MAIN.equals(row.via()) : database.equals(row.tenant());
			if (!right) {
				mistagged.add(id + " " + row + " in " + database);
			}
		}));
		return mistagged;
	}

	private static List<String> locations(String id, Map<String, Map<String, Row>> everywhere) {
		return everywhere.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().containsKey(id))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static List<String> keysOf(Map<String, String> expected, String tenant) {
		return expected.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(tenant))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static <T> T eventually(String what, Supplier<T> value, Predicate<T> condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		T last = value.get();
		while (!condition.test(last)) {
			if (System.nanoTime() - deadline > 0) {
				fail("Not " + what + " within " + PATIENCE.toSeconds() + " s: " + last);
			}
			Thread.sleep(20);
			last = value.get();
		}
		return last;
	}

	private static String messages(Throwable ex) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			messages.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
