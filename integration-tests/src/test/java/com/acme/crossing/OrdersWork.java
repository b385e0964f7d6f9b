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

package com.acme.crossing;

import com.acme.orders.PurchaseOrder;
import com.acme.orders.PurchaseOrderRepository;
import io.github.multids.UseDataSource;

import org.springframework.transaction.annotation.Transactional;

/**
 * Saves an order in a transaction on {@code orders} and runs some other work inside it.
 *
 * @author multids
 */
public class OrdersWork {

	private final PurchaseOrderRepository orders;

	public OrdersWork(PurchaseOrderRepository orders) {
		this.orders = orders;
	}

	@UseDataSource("orders")
	@Transactional
	public void placeThen(String marker, Runnable work, boolean fail) {
		this.orders.save(new PurchaseOrder(marker, 100));
		work.run();
		if (fail) {
			throw new IllegalStateException("Rollback requested for " + marker);
		}
	}

}
