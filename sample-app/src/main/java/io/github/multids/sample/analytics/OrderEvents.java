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

package io.github.multids.sample.analytics;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.github.multids.sample.shop.PlacedOrder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records order events; the package rule assigns this bean to {@code analytics}, so its
 * transactions run on that source's transaction manager.
 *
 * @author multids
 */
@Service
public class OrderEvents {

	private final OrderEventRepository events;

	public OrderEvents(OrderEventRepository events) {
		this.events = events;
	}

	/**
	 * Record that an order was placed, and commit.
	 * @param order the order
	 * @return the id of the event
	 */
	@Transactional
	public long recordPlaced(PlacedOrder order) {
		LocalDate day = LocalDate.ofInstant(order.placedAt(), ZoneOffset.UTC);
		return this.events
			.save(new OrderEvent(order.id(), OrderEvent.ORDER_PLACED, order.item(), order.totalCents(), day))
			.getId();
	}

	/**
	 * Delete an event, to undo {@link #recordPlaced} when a later write of the same
	 * request fails.
	 * @param id the event id
	 */
	@Transactional
	public void remove(long id) {
		this.events.deleteById(id);
	}

}
