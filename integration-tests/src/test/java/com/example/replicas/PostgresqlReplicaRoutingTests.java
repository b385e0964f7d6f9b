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
package com.example.replicas;

import io.github.multids.test.Vendor;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Replica routing on PostgreSQL streaming replication: primary 5432, replicas {@code r1}
 * (5433) and {@code r2} (5434, weight 2).
 *
 * @author multids
 */
class PostgresqlReplicaRoutingTests extends ReplicaRoutingScenarios {

	private static final ReplicatedShop shop = ReplicatedShop.of(Vendor.POSTGRESQL);

	@DynamicPropertySource
	static void orders(DynamicPropertyRegistry registry) {
		shop.register(registry);
		registry.add("datasources.orders.replicas.r2.weight", () -> "2");
	}

	@Override
	ReplicatedShop shop() {
		return shop;
	}

}
