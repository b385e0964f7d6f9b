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

package io.github.multids.sample.shop;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes orders on {@code primary}: this bean has no source of its own, and
 * called from a web request with none current, its transactions run on the default
 * source.
 *
 * @author multids
 */
@Service
public class OrderBook {

	private final CustomerRepository customers;

	private final PurchaseOrderRepository orders;

	public OrderBook(CustomerRepository customers, PurchaseOrderRepository orders) {
		this.customers = customers;
		this.orders = orders;
	}

	/**
	 * Check that the customer exists.
	 * @param customerId the customer's id
	 * @throws UnknownCustomerException if it does not
	 */
	@Transactional(readOnly = true)
	public void checkCustomer(long customerId) {
		if (!this.customers.existsById(customerId)) {
			throw new UnknownCustomerException(customerId);
		}
	}

	/**
	 * Store a new order and commit it.
	 * @param customerId the customer's id
	 * @param item what is ordered
	 * @param quantity how many
	 * @param unitPriceCents the price of one, in cents
	 * @return the stored order
	 */
	@Transactional
	public PlacedOrder record(long customerId, String item, int quantity, long unitPriceCents) {
		Customer customer = this.customers.findById(customerId)
			.orElseThrow(() -> new UnknownCustomerException(customerId));
		// Whole seconds, so that a read gives back what was written everywhere: MySQL
		// Connector/J drops fractions on MariaDB, which it takes for MySQL 5.5.5.
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		return PlacedOrder.of(this.orders.save(new PurchaseOrder(customer, item, quantity, unitPriceCents, now)));
	}

	@Transactional(readOnly = true)
	public Optional<PlacedOrder> find(long id) {
		return this.orders.findById(id).map(PlacedOrder::of);
	}

	/**
	 * Delete an order, to undo {@link #record} when a later write of the same request
	 * fails.
	 * @param id the order id
	 */
	@Transactional
	public void remove(long id) {
		this.orders.deleteById(id);
	}

}
