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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.example.tenants.customers.Customer;
import com.example.tenants.customers.CustomerDesk;
import com.example.tenants.customers.CustomerRepository;
import io.github.multids.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Threads doing random work over random tenants: through the repository,
 * {@code JdbcClient} and a {@code @Transactional} service of the tenant source, through
 * {@code main}'s {@code JdbcClient} with a tenant current, a tenant nested in another,
 * rolled-back transactions and reads. Each write is tagged with the tenant it is meant
 * for and recorded with the database it must land in.
 *
 * @author multids
 */
final class TenantWorkload {

	static final String INSERT = "insert into customer (id, tenant, via) values (?, ?, ?)";

	private static final int PATHS = 7;

	private final List<String> tenants;

	private final CustomerRepository repository;

	private final CustomerDesk desk;

	private final JdbcClient customersJdbc;

	private final JdbcClient mainJdbc;

	private final Function<String, String> ids;

	TenantWorkload(List<String> tenants, CustomerRepository repository, CustomerDesk desk, JdbcClient customersJdbc,
			JdbcClient mainJdbc, Function<String, String> ids) {
		this.tenants = tenants;
		this.repository = repository;
		this.desk = desk;
		this.customersJdbc = customersJdbc;
		this.mainJdbc = mainJdbc;
		this.ids = ids;
	}

	/**
	 * Run the work and wait for it.
	 * @param threads how many threads
	 * @param operations how many operations each
	 * @return what was written, rolled back and failed
	 * @throws Exception if a thread does not finish in time
	 */
	Result run(int threads, int operations) throws Exception {
		Result result = new Result(new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet(),
				new ConcurrentLinkedQueue<>());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService workers = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Random random = new Random(1000L + t);
				done.add(workers.submit(() -> {
					start.await();
					for (int i = 0; i < operations; i++) {
						operate(random, result);
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
		return result;
	}

	private void operate(Random random, Result result) {
		String tenant = this.tenants.get(random.nextInt(this.tenants.size()));
		String other = this.tenants.get(random.nextInt(this.tenants.size()));
		int path = random.nextInt(PATHS);
		try {
			operate(path, tenant, other, result);
		}
		catch (Throwable ex) {
			result.failures().add("path " + path + " for " + tenant + ": " + ex);
		}
		if (TenantContext.current().isPresent()) {
			result.failures().add("path " + path + " left tenant " + TenantContext.current().get() + " current");
		}
	}

	private void operate(int path, String tenant, String other, Result result) throws Exception {
		String id = this.ids.apply(tenant);
		switch (path) {
			case 0 -> TenantContext.run(tenant, () -> this.repository.save(new Customer(id, tenant, "repository")));
			case 1 ->
				TenantContext.run(tenant, () -> this.customersJdbc.sql(INSERT).params(id, tenant, "jdbc").update());
			case 2 -> TenantContext.run(tenant, () -> this.desk.add(id, tenant));
			case 3 -> {
				TenantContext.run(tenant,
						() -> this.mainJdbc.sql(INSERT).params(id, tenant, TenantCensus.MAIN).update());
				result.expected().put(id, TenantCensus.MAIN);
				return;
			}
			case 4 -> {
				String nested = this.ids.apply(other);
				TenantContext.run(tenant, () -> {
					TenantContext.run(other, () -> this.repository.save(new Customer(nested, other, "nested")));
					this.customersJdbc.sql(INSERT).params(id, tenant, "after-nested").update();
				});
				result.expected().put(nested, other);
			}
			case 5 -> {
				rollBack(id, tenant);
				result.rolledBack().add(id);
				return;
			}
			default -> {
				read(tenant);
				return;
			}
		}
		result.expected().put(id, tenant);
	}

	private void rollBack(String id, String tenant) {
		Throwable failure = catchThrowable(() -> TenantContext.run(tenant, () -> this.desk.addThenFail(id, tenant)));
		if (!(failure instanceof IllegalStateException) || !failure.getMessage().contains(id)) {
			throw new AssertionError("Expected the rollback of " + id + ", got " + failure);
		}
	}

	// Reads, through JdbcClient and the repository, see the current tenant's rows only
	private void read(String tenant) throws Exception {
		long foreign = TenantContext.call(tenant,
				() -> this.customersJdbc.sql("select count(*) from customer where tenant <> ?")
					.param(tenant)
					.query(Long.class)
					.single());
		long foreignEntities = TenantContext.call(tenant,
				() -> this.repository.findAll()
					.stream()
					.filter((customer) -> !tenant.equals(customer.getTenant()))
					.count());
		if (foreign != 0 || foreignEntities != 0) {
			throw new AssertionError(tenant + " read rows of other tenants: " + foreign + " over JdbcClient, "
					+ foreignEntities + " through the repository");
		}
	}

	/**
	 * What the work did.
	 *
	 * @param expected the database (tenant or {@code main}) each committed row was
	 * written for, by id
	 * @param rolledBack the ids of the rows whose transaction rolled back
	 * @param failures the operations that failed, described
	 */
	record Result(Map<String, String> expected, Set<String> rolledBack, Queue<String> failures) {
	}

}
