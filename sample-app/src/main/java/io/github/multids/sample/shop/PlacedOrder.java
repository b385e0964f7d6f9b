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

/**
 * An order as the API shows it, read from {@code primary}.
 *
 * @param id the order id
 * @param customerId the customer's id
 * @param customerName the customer's name
 * @param item what was ordered
 * @param quantity how many
 * @param unitPriceCents the price of one, in cents
 * @param totalCents the price of all, in cents
 * @param placedAt when the order was placed
 * @author multids
 */
public record PlacedOrder(long id, long customerId, String customerName, String item, int quantity, long unitPriceCents,
		long totalCents, Instant placedAt) {

	static PlacedOrder of(PurchaseOrder order) {
		Customer customer = order.getCustomer();
		return new PlacedOrder(order.getId(), customer.getId(), customer.getName(), order.getItem(),
				order.getQuantity(), order.getUnitPriceCents(), order.getTotalCents(), order.getPlacedAt());
	}

}
