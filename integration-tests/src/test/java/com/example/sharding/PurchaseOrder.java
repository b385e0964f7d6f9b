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

package com.example.sharding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A purchase order, sharded by customer.
 *
 * @author multids
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

	@Id
	private Long id;

	private Long customerId;

	private String item;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(Long id, Long customerId, String item) {
		this.id = id;
		this.customerId = customerId;
		this.item = item;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public String getItem() {
		return this.item;
	}

}
