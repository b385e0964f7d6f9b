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

import com.acme.orders.PurchaseOrderRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beans the crossing tests call, and a meter registry to read the crossing counter
 * from.
 *
 * @author multids
 */
@TestConfiguration(proxyBeanMethods = false)
public class CrossingFixtures {

	@Bean
	AuditTrail auditTrail(JdbcClient jdbcClient) {
		return new AuditTrail(jdbcClient);
	}

	@Bean
	EventsNotes eventsNotes(JdbcClient jdbcClient) {
		return new EventsNotes(jdbcClient);
	}

	@Bean
	EventsReader eventsReader(JdbcClient jdbcClient) {
		return new EventsReader(jdbcClient);
	}

	@Bean
	OrdersWork ordersWork(PurchaseOrderRepository orders) {
		return new OrdersWork(orders);
	}

	@Bean
	MeterRegistry crossingsMeterRegistry() {
		return new SimpleMeterRegistry();
	}

}
