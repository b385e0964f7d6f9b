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

import com.acme.events.EventLog;
import com.acme.events.OrderEvent;
import com.acme.events.OrderEventRepository;
import com.acme.orders.PurchaseOrder;
import com.acme.orders.PurchaseOrderRepository;
import io.github.multids.DataSourceContext;
import io.github.multids.UseDataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places an order on {@code orders} and, inside the same transaction, records it on
 * {@code events} along one of the {@link Crossing}s.
 *
 * @author multids
 */
@Service
@UseDataSource("orders")
public class Checkout {

	private static final String INSERT_JOURNAL = "insert into journal (marker) values (?)";

	private final PurchaseOrderRepository orders;

	private final OrderEventRepository events;

	private final EventJournal eventJournal;

	private final EventLog eventLog;

	private final JournalRelay relay;

	private final JdbcClient jdbcClient;

	private final JdbcClient eventsJdbcClient;

	public Checkout(PurchaseOrderRepository orders, OrderEventRepository events, EventJournal eventJournal,
			EventLog eventLog, JournalRelay relay, JdbcClient jdbcClient,
			@Qualifier("events") JdbcClient eventsJdbcClient) {
		this.orders = orders;
		this.events = events;
		this.eventJournal = eventJournal;
		this.eventLog = eventLog;
		this.relay = relay;
		this.jdbcClient = jdbcClient;
		this.eventsJdbcClient = eventsJdbcClient;
	}

	@Transactional
	public void place(String marker, Crossing crossing, boolean fail) {
		this.orders.save(new PurchaseOrder(marker, 100));
		cross(crossing, marker);
		if (fail) {
			throw new IllegalStateException("Rollback requested for " + marker);
		}
	}

	private void cross(Crossing crossing, String marker) {
		switch (crossing) {
			case ANNOTATED_BEAN_JDBC_CLIENT -> this.eventJournal.record(marker);
			case PACKAGE_RULE_BEAN_JDBC_TEMPLATE -> this.eventLog.append(marker);
			case SOURCE_JDBC_CLIENT -> this.eventsJdbcClient.sql(INSERT_JOURNAL).param(marker).update();
			case CONTEXT_RUN -> DataSourceContext.run("events", () -> insertJournal(marker));
			case CONTEXT_CALL -> callOnEvents(marker);
			case EVENTS_REPOSITORY -> this.events.save(new OrderEvent("placed", marker));
			case REQUIRES_NEW_ON_EVENTS -> this.eventJournal.recordEventApart("placed", marker);
			case NESTED -> this.relay.onEvents(marker + "-events",
					() -> this.relay.onScratch(marker + "-scratch", () -> this.relay.onOrders(marker + "-orders")));
		}
	}

	private void callOnEvents(String marker) {
		try {
			DataSourceContext.call("events", () -> insertJournal(marker));
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
	}

	private int insertJournal(String marker) {
		return this.jdbcClient.sql(INSERT_JOURNAL).param(marker).update();
	}

}
