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

package io.github.multids.autoconfigure.binding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PackageRoutingRules} and {@link JdbcUrls}.
 */
class PackageRoutingRulesTests {

	private final PackageRoutingRules rules = new PackageRoutingRules(
			new LinkedHashMap<>(Map.of("com.acme", "orders", "com.acme.events", "events")));

	@Test
	void longestPackagePrefixWins() {
		assertThat(this.rules.sourceOf("com.acme.events.OrderEvent")).isEqualTo("events");
		assertThat(this.rules.sourceOf("com.acme.events.deep.Thing")).isEqualTo("events");
		assertThat(this.rules.sourceOf("com.acme.orders.Order")).isEqualTo("orders");
	}

	@Test
	void prefixMustEndAtAPackageBoundary() {
		assertThat(this.rules.sourceOf("com.acme.eventsarchive.Old")).isEqualTo("orders");
		assertThat(this.rules.sourceOf("com.acmeco.Other")).isNull();
	}

	@Test
	void masksPasswordsInUrls() {
		assertThat(JdbcUrls.mask("jdbc:postgresql://db:5432/shop?user=u&password=secret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db:5432/shop?user=u&password=******&ssl=true");
		assertThat(JdbcUrls.mask("jdbc:mysql://root:secret@db:3306/x")).isEqualTo("jdbc:mysql://root:******@db:3306/x");
		assertThat(JdbcUrls.mask("jdbc:sqlserver://db;user=u;Password=secret;db=x"))
			.isEqualTo("jdbc:sqlserver://db;user=u;Password=******;db=x");
	}

}
