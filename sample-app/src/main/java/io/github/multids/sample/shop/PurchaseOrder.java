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

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An order placed by a customer, stored on the default source {@code primary}.
 *
 * @author multids
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(nullable = false)
	private String item;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "unit_price_cents", nullable = false)
	private long unitPriceCents;

	@Column(name = "placed_at", nullable = false)
	private Instant placedAt;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(Customer customer, String item, int quantity, long unitPriceCents, Instant placedAt) {
		this.customer = customer;
		this.item = item;
		this.quantity = quantity;
		this.unitPriceCents = unitPriceCents;
		this.placedAt = placedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public String getItem() {
		return this.item;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public long getUnitPriceCents() {
		return this.unitPriceCents;
	}

	public long getTotalCents() {
		return this.unitPriceCents * this.quantity;
	}

	public Instant getPlacedAt() {
		return this.placedAt;
	}

}
