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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

import static com.example.tenants.TenantCensus.MAIN;
import static com.example.tenants.TenantWorkload.INSERT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * A database per tenant on one vendor: a default source {@code main} and a tenant source
 * {@code customers} whose 30 tenants are registered at run time, each on a database this
 * run creates (and drops after the class). Where a row is, is read back over plain JDBC
 * connections of the test's own, from each database.
 *
 * @author multids
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TenantScenarios {

	private static final int TENANTS = 30;

	private static final int MAX_OPEN = 5;

	// Per pool: at most MAX_OPEN * POOL_SIZE connections to the tenants' databases
	private static final int POOL_SIZE = 2;

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	// What Flyway finds in a database it has started to manage
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
		properties.putAll(this.databases.of(MAIN).properties(MAIN));
		properties.put("datasources.main.default", "true");
		properties.put("datasources.main.hikari.maximum-pool-size", POOL_SIZE);
		properties.putAll(this.databases.template().properties("customers"));
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
			assertThat(this.databases.versions(tenant)).as(tenant).containsExactly("1");
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
		TenantCensus census = census();
		assertThat(census.misplaced(expected)).isEmpty();
		for (String tenant : this.tenants) {
			assertThat(census.rows(tenant).values()).as(tenant)
				.extracting(Row::via)
				.containsExactlyInAnyOrder("repository", "jdbc", "service");
		}
		assertThat(census.rows(MAIN)).isEmpty();
	}

	@Test
	@Order(2)
	void sixteenThreadsOverRandomTenantsAndSourcesMisrouteNoRow() throws Exception {
		registerAll();
		int threads = 16;
		int operations = 80;
		TenantWorkload workload = new TenantWorkload(this.tenants, this.repository, this.desk, this.customersJdbc,
				this.context.getBean("mainJdbcClient", JdbcClient.class), this::id);
		long start = System.nanoTime();
		TenantWorkload.Result result = workload.run(threads, operations);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		TenantCensus census = census();
		Map<String, String> misplaced = census.misplaced(result.expected());
		List<String> mistagged = census.mistagged();
		List<String> survivors = result.rolledBack().stream().filter((id) -> !census.locations(id).isEmpty()).toList();
		System.out.println(vendor() + ": " + threads * operations + " operations in " + millis + " ms, "
				+ result.expected().size() + " committed rows, " + result.rolledBack().size() + " rolled back; "
				+ misplaced.size() + " misrouted or lost, " + mistagged.size() + " mistagged, " + survivors.size()
				+ " rolled-back rows found, " + result.failures().size() + " failed; " + this.pools.figures());
		assertThat(result.failures()).isEmpty();
		assertThat(misplaced).isEmpty();
		assertThat(mistagged).isEmpty();
		assertThat(survivors).isEmpty();
		assertThat(result.expected().values()).contains(MAIN).containsAll(this.tenants);
		assertThat(result.rolledBack()).isNotEmpty();
		assertThat(this.pools.figures().busy()).isZero();
		assertThat(this.pools.figures().open()).isLessThanOrEqualTo(MAX_OPEN);
	}

	@Test
	@Order(3)
	void neverMoreThanMaxOpenPoolsAndEvictedTenantsReopenWithTheirData() throws Exception {
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
				assertServerConnectsToAtMostMaxOpenTenants();
			}
			assertThat(this.pools.figures().evicted() - evictedBefore).isGreaterThanOrEqualTo(TENANTS - MAX_OPEN);
			// Back to the first tenants, whose pools were closed to make room
			for (String tenant : this.tenants.subList(0, 2 * MAX_OPEN)) {
				assertThat(this.pools.openTenants()).as(tenant).doesNotContain(tenant);
				assertSeesItsOwnRows(tenant, expected);
				assertThat(this.pools.openTenants()).hasSizeLessThanOrEqualTo(MAX_OPEN).contains(tenant);
				assertServerConnectsToAtMostMaxOpenTenants();
			}
		}
		finally {
			sampling.set(false);
			sampler.join();
		}
		assertThat(mostOpen.get()).isEqualTo(MAX_OPEN);
		assertThat(census().misplaced(expected)).isEmpty();
	}

	private void assertSeesItsOwnRows(String tenant, Map<String, String> expected) throws Exception {
		List<String> direct = List.copyOf(this.databases.customers(tenant).keySet());
		List<String> seen = TenantContext.call(tenant,
				() -> this.repository.findAll().stream().map(Customer::getId).toList());
		long counted = TenantContext.call(tenant,
				() -> this.customersJdbc.sql("select count(*) from customer").query(Long.class).single());
		assertThat(seen).as(tenant).containsExactlyInAnyOrderElementsOf(direct);
		assertThat(direct).as(tenant)
			.containsAll(expected.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(tenant))
				.map(Map.Entry::getKey)
				.toList());
		assertThat(counted).as(tenant).isEqualTo(direct.size());
	}

	// Counted by the server, once the pools closed have gone
	private void assertServerConnectsToAtMostMaxOpenTenants() throws InterruptedException {
		Map<String, Integer> connections = eventually("connected to at most " + MAX_OPEN + " tenants' databases",
				this::tenantConnections, (open) -> open.size() <= MAX_OPEN);
		assertThat(connections.values().stream().mapToInt(Integer::intValue).sum())
			.isLessThanOrEqualTo(MAX_OPEN * POOL_SIZE);
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
				.hasMessageNotContaining(this.databases.prefix())
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
		TenantCensus census = census();
		for (String id : List.of(byRepository, byJdbc, byService)) {
			assertThat(census.locations(id)).as(id).isEmpty();
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

	private TenantCensus census() {
		return TenantCensus.take(this.databases, this.tenants);
	}

	// The connections the server counts to each tenant's database, main left out
	private Map<String, Integer> tenantConnections() {
		Map<String, Integer> connections = this.databases.connections();
		connections.remove(MAIN);
		return connections;
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
