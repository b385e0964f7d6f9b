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
package io.github.multids.benchmarks.tenants;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.TenantContext;
import io.github.multids.autoconfigure.tenants.TenantPools;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers {@code n} tenants (default 1,000) of the {@link TenantApplication}, in a
 * fresh JVM, and prints what registering costs per tenant and the heap after GC per
 * registered tenant: idle (pool closed), open since its migration, and open after serving
 * one query, against one raw HikariCP pool per database.
 * <p>
 * The tenants' databases are H2 files served by an H2 TCP server in another process, so
 * that the heap measured holds what the application holds for a tenant (its pool and
 * client connections), not the database, as with a database server.
 *
 * @author multids
 */
public final class TenantFootprint {

	private static final String COUNT = "select count(*) from shop_order";

	private static final String SESSIONS = "select count(*) from information_schema.sessions";

	private final int tenants;

	private final H2ServerProcess server;

	private final List<String> rows = new ArrayList<>();

	private String registration = "";

	private TenantFootprint(int tenants, H2ServerProcess server) {
		this.tenants = tenants;
		this.server = server;
	}

	public static void main(String[] args) throws Exception {
		int tenants = (args.length > 0) ? Integer.parseInt(args[0]) : TenantState.TENANTS;
		Path directory = Files.createTempDirectory("multids-tenant-footprint");
		try (H2ServerProcess server = H2ServerProcess.start(directory)) {
			new TenantFootprint(tenants, server).run();
		}
		finally {
			delete(directory);
		}
	}

	private void run() throws Exception {
		openTenants();
		idleTenants();
		rawPools(1);
		rawPools(2);
		System.out.println();
		System.out.println(this.registration);
		System.out.println();
		System.out.printf("Heap after GC, %,d tenants (per tenant = difference / %d):%n%n", this.tenants, this.tenants);
		System.out.println(
				"| state | heap without the tenants (MiB) | heap with them (MiB) | per tenant (KiB) | H2 sessions per"
						+ " database |");
		System.out.println("|---|---:|---:|---:|---:|");
		this.rows.forEach(System.out::println);
	}

	// Registration on new databases (their migration applied), then one query each
	private void openTenants() throws Exception {
		try (ConfigurableApplicationContext context = start(Duration.ofHours(1))) {
			TenantPools pools = context.getBean(TenantApplication.SOURCE + "TenantRegistry", TenantPools.class);
			JdbcClient shops = context.getBean(TenantApplication.SOURCE + "JdbcClient", JdbcClient.class);
			long before = heapAfterGc();
			long[] nanos = new long[this.tenants];
			for (int i = 0; i < this.tenants; i++) {
				long start = System.nanoTime();
				pools.register(TenantApplication.tenant(i));
				nanos[i] = System.nanoTime() - start;
			}
			long registered = heapAfterGc();
			row("registered, pool open since its migration", before, registered,
					sessions(shops, pools.figures().open()));
			printRegistration(nanos);
			for (int i = 0; i < this.tenants; i++) {
				TenantContext.call(TenantApplication.tenant(i), () -> shops.sql(COUNT).query(Long.class).single());
			}
			row("registered, open, served one query", before, heapAfterGc(), sessions(shops, pools.figures().open()));
		}
	}

	// The same databases, already migrated, with every pool closed for being idle,
	// against the same application before; then removed again, to see what that frees
	private void idleTenants() throws Exception {
		try (ConfigurableApplicationContext context = start(Duration.ofSeconds(1))) {
			TenantPools pools = context.getBean(TenantApplication.SOURCE + "TenantRegistry", TenantPools.class);
			long before = heapAfterGc();
			for (int i = 0; i < this.tenants; i++) {
				pools.register(TenantApplication.tenant(i));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (pools.figures().open() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			if (pools.figures().open() > 0) {
				throw new IllegalStateException(pools.figures().open() + " tenant pools are still open after 60 s");
			}
			long idle = heapAfterGc();
			int registered = pools.figures().registered();
			for (int i = 0; i < this.tenants; i++) {
				pools.remove(TenantApplication.tenant(i));
			}
			long removed = heapAfterGc();
			System.out.printf("# idle phase: %d tenants registered, %d after removing%n", registered,
					pools.figures().registered());
			System.out.printf(
					"# idle phase: %,d bytes before registering, %,d with them idle, %,d after removing" + " them%n",
					before, idle, removed);
			row("registered, idle (pool closed), against before registering", before, idle, "0");
		}
	}

	// The control: one raw HikariCP pool per database, as a pool per tenant without
	// multids, that served one query on each of that many connections at once; one
	// housekeeping thread for all, as multids
	private void rawPools(int connections) throws Exception {
		ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor();
		List<HikariDataSource> raw = new ArrayList<>();
		long before = heapAfterGc();
		try {
			for (int i = 0; i < this.tenants; i++) {
				HikariDataSource pool = new HikariDataSource();
				pool.setJdbcUrl(url(TenantApplication.tenant(i)));
				pool.setMinimumIdle(0);
				pool.setScheduledExecutor(housekeeping);
				raw.add(pool);
				query(pool, connections);
			}
			row("control: raw HikariCP pool per database, " + connections + " connection(s) served a query", before,
					heapAfterGc(), JdbcClient.create(raw.get(0)).sql(SESSIONS).query(Long.class).single().toString());
		}
		finally {
			raw.forEach(HikariDataSource::close);
			housekeeping.shutdownNow();
		}
	}

	private static void query(HikariDataSource pool, int connections) throws SQLException {
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < connections; i++) {
				Connection connection = pool.getConnection();
				held.add(connection);
				try (Statement statement = connection.createStatement()) {
					statement.executeQuery(COUNT).close();
				}
			}
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

	private ConfigurableApplicationContext start(Duration idleTimeout) {
		return TenantApplication.start(url("{tenant}"), this.tenants, idleTimeout);
	}

	private String url(String tenant) {
		return this.server.url("shops_" + tenant);
	}

	// Sessions of the first tenant's database, the query's own included
	private static String sessions(JdbcClient shops, int open) throws Exception {
		long sessions = TenantContext.call(TenantApplication.tenant(0),
				() -> shops.sql(SESSIONS).query(Long.class).single());
		return sessions + " (" + open + " pools open)";
	}

	private void row(String state, long before, long after, String sessions) {
		this.rows.add(String.format("| %s | %.1f | %.1f | %.1f | %s |", state, mebibytes(before), mebibytes(after),
				(after - before) / 1024.0 / this.tenants, sessions));
		System.out.printf("# %s: %.1f KiB per tenant%n", state, (after - before) / 1024.0 / this.tenants);
	}

	private void printRegistration(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		this.registration = String.format(
				"Registration per tenant, its migration included (%,d tenants): mean"
						+ " %.2f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms, first %.2f ms; all %.1f s",
				nanos.length, Arrays.stream(nanos).average().orElse(0) / 1e6, percentile(sorted, 0.50),
				percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6, nanos[0] / 1e6,
				Arrays.stream(nanos).sum() / 1e9);
		System.out.println("# " + this.registration);
	}

	private static double percentile(long[] sorted, double fraction) {
		int index = (int) Math.ceil(fraction * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	// Until the heap stops shrinking (the JVM runs with -XX:SoftRefLRUPolicyMSPerMB=0, so
	// soft references go at the first collection)
	private static long heapAfterGc() throws InterruptedException {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 10; i++) {
			System.gc();
			Thread.sleep(100);
			long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			if (now >= used - 16 * 1024) {
				return Math.min(now, used);
			}
			used = now;
		}
		return used;
	}

	private static double mebibytes(long bytes) {
		return bytes / 1024.0 / 1024.0;
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
