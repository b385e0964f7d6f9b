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

package io.github.multids.sample;

import java.util.ArrayList;
import java.util.List;

import io.github.multids.sample.support.RequiresServers;
import io.github.multids.sample.support.ServerDatabases;
import io.github.multids.test.ReplicatedServers;
import io.github.multids.test.Vendor;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shop's HTTP API on the {@code servers} profile: {@code primary} on PostgreSQL and
 * {@code analytics} on MySQL/MariaDB, with {@code audit} moved to MySQL/MariaDB too, as
 * the environment variables of the README would, each on a fresh database of this run;
 * {@code primary} reads from the streaming replicas of its database, as the profile's
 * replica does.
 *
 * @author multids
 */
@RequiresServers
@ActiveProfiles("servers")
class ServersProfileShopApiTests extends AbstractShopApiTests {

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		// primary's read-only work goes to the streaming replicas of its fresh database
		ServerDatabases.registerReplicated(registry, "primary", Vendor.POSTGRESQL);
		ServerDatabases.register(registry, "analytics", Vendor.MYSQL);
		ServerDatabases.register(registry, "audit", Vendor.MYSQL);
	}

	@Override
	protected List<String> pools() {
		List<String> pools = new ArrayList<>(super.pools());
		ReplicatedServers.get(Vendor.POSTGRESQL)
			.replicas()
			.forEach((replica) -> pools.add("primary." + replica.name()));
		return pools;
	}

}
