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

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something that happened to an order, stored on {@code analytics}, which owns this
 * package by its {@code packages} rule.
 *
 * @author multids
 */
@Entity
@Table(name = "order_event")
public class OrderEvent {

	/**
	 * Kind of the event recorded when an order is placed.
	 */
	public static final String ORDER_PLACED = "ORDER_PLACED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "order_id", nullable = false)
	private long orderId;

	@Column(nullable = false)
	private String kind;

	@Column(nullable = false)
	private String item;

	@Column(name = "amount_cents", nullable = false)
	private long amountCents;

	@Column(name = "order_day", nullable = false)
	private LocalDate orderDay;

	protected OrderEvent() {
	}

	public OrderEvent(long orderId, String kind, String item, long amountCents, LocalDate orderDay) {
		this.orderId = orderId;
		this.kind = kind;
		this.item = item;
		this.amountCents = amountCents;
		this.orderDay = orderDay;
	}

	public Long getId() {
		return this.id;
	}

	public long getOrderId() {
		return this.orderId;
	}

	public String getKind() {
		return this.kind;
	}

	public String getItem() {
		return this.item;
	}

	public long getAmountCents() {
		return this.amountCents;
	}

	public LocalDate getOrderDay() {
		return this.orderDay;
	}

}
