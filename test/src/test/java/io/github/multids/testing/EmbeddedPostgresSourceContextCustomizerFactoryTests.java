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
package io.github.multids.testing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmbeddedPostgresSourceContextCustomizerFactory}.
 *
 * @author multids
 */
class EmbeddedPostgresSourceContextCustomizerFactoryTests {

	private final EmbeddedPostgresSourceContextCustomizerFactory factory = new EmbeddedPostgresSourceContextCustomizerFactory();

	@Test
	void sameNamesInAnyOrderShareATestContext() {
		assertThat(this.factory.createContextCustomizer(OrdersAndEvents.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(EventsAndOrders.class, List.of()))
			.isNotEqualTo(this.factory.createContextCustomizer(OrdersOnly.class, List.of()));
	}

	@Test
	void inheritsNamesFromSuperclassesAndEnclosingClasses() {
		assertThat(this.factory.createContextCustomizer(Inherited.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(OrdersAndEvents.class, List.of()));
		assertThat(this.factory.createContextCustomizer(OrdersOnly.Nested.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(OrdersOnly.class, List.of()));
	}

	@Test
	void createsNothingWithoutTheAnnotation() {
		assertThat(this.factory.createContextCustomizer(EmbeddedPostgresSourceContextCustomizerFactoryTests.class,
				List.of()))
			.isNull();
	}

	@EmbeddedPostgresSource({ "orders", "events" })
	static class OrdersAndEvents {

	}

	@EmbeddedPostgresSource({ "events", "orders" })
	static class EventsAndOrders {

	}

	@EmbeddedPostgresSource("orders")
	static class OrdersOnly {

		class Nested {

		}

	}

	static class Inherited extends OrdersAndEvents {

	}

}
