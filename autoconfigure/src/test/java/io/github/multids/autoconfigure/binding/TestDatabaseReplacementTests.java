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

import java.util.List;
import java.util.Map;

import io.github.multids.DataSourceConfigurationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How `@AutoConfigureTestDatabase`'s properties point each source at an embedded
 * database.
 *
 * @author multids
 */
class TestDatabaseReplacementTests {

	private static final List<String> SOURCES = List.of("orders", "events");

	private final ClassLoader classLoader = getClass().getClassLoader();

	@Test
	void withoutTheAnnotationNothingChanges() {
		MockEnvironment environment = configured();
		assertThat(TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader)).isFalse();
		assertThat(environment.getProperty("datasources.orders.url")).isEqualTo("jdbc:postgresql://db/orders");
	}

	@Test
	void defaultReplacesEverySourceWithAnEmbeddedDatabaseNamedAfterIt() {
		MockEnvironment environment = configured().withProperty("spring.test.database.connection", "NONE");
		assertThat(TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader)).isTrue();
		assertThat(environment.getProperty("datasources.orders.url")).startsWith("jdbc:h2:mem:orders-");
		assertThat(environment.getProperty("datasources.events.url")).startsWith("jdbc:h2:mem:events-");
		assertThat(environment.getProperty("datasources.events.driver-class-name")).isEqualTo("org.h2.Driver");
		assertThat(environment.getProperty("datasources.events.username")).isEqualTo("sa");
	}

	@Test
	void aTenantSourceGetsAnEmbeddedDatabasePerTenant() {
		MockEnvironment environment = configured().withProperty("spring.test.database.connection", "NONE")
			.withProperty("datasources.events.url", "jdbc:postgresql://db/events_{tenant}");
		TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader);
		assertThat(environment.getProperty("datasources.events.url")).startsWith("jdbc:h2:mem:events-")
			.contains("_{tenant};");
		assertThat(environment.getProperty("datasources.orders.url")).doesNotContain("{tenant}");
	}

	@Test
	void defaultKeepsASourceOnATestConnection() {
		MockEnvironment environment = configured().withProperty("spring.test.database.connection", "NONE");
		environment.getPropertySources()
			.addFirst(new MapPropertySource(TestDatabaseReplacement.SOURCE_CONNECTIONS_PROPERTY_SOURCE_NAME,
					Map.of("datasources.events.url", "jdbc:postgresql://localhost:54321/events_1")));
		TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader);
		assertThat(environment.getProperty("datasources.orders.url")).startsWith("jdbc:h2:mem:orders-");
		assertThat(environment.getProperty("datasources.events.url"))
			.isEqualTo("jdbc:postgresql://localhost:54321/events_1");
	}

	@Test
	void defaultKeepsATestcontainersUrl() {
		MockEnvironment environment = configured().withProperty("spring.test.database.connection", "NONE")
			.withProperty("datasources.events.url", "jdbc:tc:postgresql:17:///events");
		TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader);
		assertThat(environment.getProperty("datasources.events.url")).isEqualTo("jdbc:tc:postgresql:17:///events");
	}

	@Test
	void anyReplacesATestConnectionToo() {
		MockEnvironment environment = configured().withProperty("spring.test.database.replace", "ANY")
			.withProperty("datasources.events.url", "jdbc:tc:postgresql:17:///events");
		TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader);
		assertThat(environment.getProperty("datasources.events.url")).startsWith("jdbc:h2:mem:events-");
	}

	@Test
	void noneKeepsTheConfiguredServers() {
		MockEnvironment environment = configured().withProperty("spring.test.database.replace", "NONE");
		assertThat(TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader)).isFalse();
		assertThat(environment.getProperty("datasources.orders.url")).isEqualTo("jdbc:postgresql://db/orders");
	}

	@Test
	void connectionPicksTheEmbeddedDatabase() {
		MockEnvironment environment = configured().withProperty("spring.test.database.connection", "HSQLDB");
		TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader);
		assertThat(environment.getProperty("datasources.orders.url")).startsWith("jdbc:hsqldb:mem:orders-");
	}

	@Test
	void appliesOncePerEnvironment() {
		MockEnvironment environment = configured().withProperty("spring.test.database.connection", "NONE");
		TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader);
		String url = environment.getProperty("datasources.orders.url");
		assertThat(TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader)).isFalse();
		assertThat(environment.getProperty("datasources.orders.url")).isEqualTo(url);
	}

	@Test
	void unknownModeIsRefused() {
		MockEnvironment environment = configured().withProperty("spring.test.database.replace", "SOME");
		assertThatExceptionOfType(DataSourceConfigurationException.class)
			.isThrownBy(() -> TestDatabaseReplacement.apply(environment, SOURCES, this.classLoader))
			.withMessageContaining("'spring.test.database.replace' is 'SOME'")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("NONE"));
	}

	@Test
	void noEmbeddedDatabaseOnTheClasspathIsRefused() {
		MockEnvironment environment = configured().withProperty("spring.test.database.connection", "NONE");
		ClassLoader withoutEmbedded = new FilteredClassLoader("org.h2", "org.hsqldb", "org.apache.derby");
		assertThatExceptionOfType(DataSourceConfigurationException.class)
			.isThrownBy(() -> TestDatabaseReplacement.apply(environment, SOURCES, withoutEmbedded))
			.withMessageContaining("none is on the classpath")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("replace = Replace.NONE"));
	}

	private static MockEnvironment configured() {
		return new MockEnvironment().withProperty("datasources.orders.url", "jdbc:postgresql://db/orders")
			.withProperty("datasources.events.url", "jdbc:mysql://db/events");
	}

}
