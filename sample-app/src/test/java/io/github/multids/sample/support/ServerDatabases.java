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

package io.github.multids.sample.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.ReplicatedServers;
import io.github.multids.test.Vendor;

import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the shop's sources at fresh databases on the PostgreSQL and MySQL/MariaDB
 * servers of the test run, named {@code multids_<random>_<n>} and dropped when the JVM
 * exits.
 *
 * @author multids
 */
public final class ServerDatabases {

	private static final AtomicInteger created = new AtomicInteger();

	private static final Map<Vendor, String> AOT_URLS = Map.of(Vendor.POSTGRESQL,
			"jdbc:postgresql://127.0.0.1:5432/multids_aot", Vendor.MYSQL, "jdbc:mysql://127.0.0.1:3306/multids_aot");

	private ServerDatabases() {
	}

	/**
	 * Create a fresh database on the vendor's server and point a source at it.
	 * @param registry where to add the source's properties
	 * @param source the source name
	 * @param vendor the kind of server
	 */
	public static void register(DynamicPropertyRegistry registry, String source, Vendor vendor) {
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// Ahead-of-time processing needs the vendor, not a database: the generated
			// test
			// creates its databases when it starts
			registry.add("datasources." + source + ".url", () -> AOT_URLS.get(vendor));
			return;
		}
		Database database = FreshDatabases.create(vendor, String.valueOf(created.incrementAndGet()));
		database.properties(source).forEach((name, value) -> registry.add(name, () -> value));
	}

	/**
	 * Create a fresh database on the vendor's replicated primary, wait until it is on
	 * every replica, and point a source and its replicas at it.
	 * @param registry where to add the source's properties
	 * @param source the source name
	 * @param vendor the kind of server
	 */
	public static void registerReplicated(DynamicPropertyRegistry registry, String source, Vendor vendor) {
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			registry.add("datasources." + source + ".url", () -> AOT_URLS.get(vendor));
			return;
		}
		ReplicatedServers.get(vendor)
			.createDatabase()
			.properties(source)
			.forEach((name, value) -> registry.add(name, () -> value));
	}

}
