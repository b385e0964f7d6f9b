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

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link SourceConnections}.
 *
 * @author multids
 */
class SourceConnectionsTests {

	private final StandardEnvironment environment = new StandardEnvironment();

	@Test
	void mapsASourceOntoItsFourProperties() {
		assertThat(SourceConnections.properties("events", "jdbc:h2:mem:e", "sa", null, "org.h2.Driver"))
			.containsExactly(Map.entry("datasources.events.url", "jdbc:h2:mem:e"),
					Map.entry("datasources.events.username", "sa"), Map.entry("datasources.events.password", ""),
					Map.entry("datasources.events.driver-class-name", "org.h2.Driver"));
	}

	@Test
	void mergesEveryAdditionIntoOnePropertySourceThatComesFirst() {
		this.environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("a", "b")));
		SourceConnections.addTo(this.environment, Map.of("datasources.orders.url", "jdbc:h2:mem:o"));
		SourceConnections.addTo(this.environment, Map.of("datasources.events.url", "jdbc:h2:mem:e"));
		assertThat(this.environment.getPropertySources().iterator().next().getName())
			.isEqualTo(SourceConnections.PROPERTY_SOURCE_NAME);
		assertThat(this.environment.getProperty("datasources.orders.url")).isEqualTo("jdbc:h2:mem:o");
		assertThat(this.environment.getProperty("datasources.events.url")).isEqualTo("jdbc:h2:mem:e");
	}

	@Test
	void refusesTwoDatabasesForOneSourceWithoutShowingValues() {
		SourceConnections.addTo(this.environment, Map.of("datasources.events.password", "one-secret"));
		assertThatIllegalStateException().isThrownBy(
				() -> SourceConnections.addTo(this.environment, Map.of("datasources.events.password", "other-secret")))
			.withMessageContaining("'datasources.events.password'")
			.withMessageNotContaining("secret");
	}

}
