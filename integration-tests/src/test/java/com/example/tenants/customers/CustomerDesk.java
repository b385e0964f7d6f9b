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
package com.example.tenants.customers;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transactional work on the current tenant's customers.
 *
 * @author multids
 */
@Service
public class CustomerDesk {

	private final CustomerRepository customers;

	CustomerDesk(CustomerRepository customers) {
		this.customers = customers;
	}

	@Transactional
	public void add(String id, String tenant) {
		this.customers.save(new Customer(id, tenant, "service"));
	}

	/**
	 * Add a customer, then fail, so that the transaction rolls back.
	 * @param id the customer's id
	 * @param tenant the tenant it is written for
	 */
	@Transactional
	public void addThenFail(String id, String tenant) {
		this.customers.saveAndFlush(new Customer(id, tenant, "rolled-back"));
		throw new IllegalStateException("Rolled back on purpose: " + id);
	}

	/**
	 * Add a customer and hold the transaction open until released.
	 * @param id the customer's id
	 * @param tenant the tenant it is written for
	 * @param written counted down once the row is written, the transaction still open
	 * @param release awaited before the transaction commits
	 * @throws InterruptedException if interrupted while holding
	 */
	@Transactional
	public void addAndHold(String id, String tenant, CountDownLatch written, CountDownLatch release)
			throws InterruptedException {
		this.customers.saveAndFlush(new Customer(id, tenant, "held"));
		written.countDown();
		if (!release.await(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Not released within 60 s");
		}
	}

}
