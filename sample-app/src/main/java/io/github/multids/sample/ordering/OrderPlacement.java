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

package io.github.multids.sample.ordering;

import io.github.multids.sample.analytics.OrderEvents;
import io.github.multids.sample.audit.AuditTrail;
import io.github.multids.sample.shop.OrderBook;
import io.github.multids.sample.shop.PlacedOrder;

import org.springframework.stereotype.Service;

/**
 * Places an order on three databases with no distributed transaction: checks first, then
 * commits the order on {@code primary}, its event on {@code analytics} and an audit line
 * on {@code audit}, one local transaction each, and undoes the earlier ones when a later
 * one fails.
 *
 * @author multids
 */
@Service
public class OrderPlacement {

	private final OrderBook orderBook;

	private final OrderEvents orderEvents;

	private final AuditTrail auditTrail;

	public OrderPlacement(OrderBook orderBook, OrderEvents orderEvents, AuditTrail auditTrail) {
		this.orderBook = orderBook;
		this.orderEvents = orderEvents;
		this.auditTrail = auditTrail;
	}

	/**
	 * Place an order.
	 * @param request the validated request
	 * @return the order
	 * @throws io.github.multids.sample.shop.UnknownCustomerException if the customer does
	 * not exist, before anything is written
	 * @throws OrderNotPlacedException if a write fails
	 */
	public PlacedOrder place(OrderRequest request) {
		this.orderBook.checkCustomer(request.customerId());
		CompensatingWrites writes = new CompensatingWrites();
		PlacedOrder order = writes.write("primary", () -> record(request),
				(placed) -> this.orderBook.remove(placed.id()));
		long eventId = writes.write("analytics", () -> this.orderEvents.recordPlaced(order), this.orderEvents::remove);
		// Last write: nothing after it can fail, so it needs no undo.
		writes.write("audit", () -> audit(order, eventId), (none) -> {
		});
		return order;
	}

	private PlacedOrder record(OrderRequest request) {
		return this.orderBook.record(request.customerId(), request.item(), request.quantity(),
				request.unitPriceCents());
	}

	private String audit(PlacedOrder order, long eventId) {
		String detail = "order " + order.id() + " (event " + eventId + "): " + order.quantity() + " x " + order.item()
				+ " for customer " + order.customerId() + ", " + order.totalCents() + " cents";
		this.auditTrail.record("order.placed", detail);
		return detail;
	}

}
