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

package com.acme.service;

import com.acme.orders.PurchaseOrder;
import com.acme.orders.PurchaseOrderRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places orders on the default source: the order through JPA and its journal line through
 * the routing {@link JdbcClient}, in one transaction.
 *
 * @author multids
 */
@Service
public class OrderDesk {

	private final PurchaseOrderRepository orders;

	private final JdbcClient jdbcClient;

	public OrderDesk(PurchaseOrderRepository orders, JdbcClient jdbcClient) {
		this.orders = orders;
		this.jdbcClient = jdbcClient;
	}

	@Transactional
	public PurchaseOrder place(String customer, long amountCents, boolean fail) {
		PurchaseOrder order = this.orders.save(new PurchaseOrder(customer, amountCents));
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(customer).update();
		if (fail) {
			throw new IllegalStateException("Rollback requested for " + customer);
		}
		return order;
	}

}
