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

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.ContextCustomizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link SourceConnectionContextCustomizerFactory}, with containers that are
 * never started, so no Docker is needed.
 *
 * @author multids
 */
class SourceConnectionContextCustomizerFactoryTests {

	private final SourceConnectionContextCustomizerFactory factory = new SourceConnectionContextCustomizerFactory();

	@Test
	void feedsEachNamedSourceFromItsContainer() {
		ConfigurableEnvironment environment = customize(TwoContainers.class);
		assertThat(environment.getProperty("datasources.orders.url")).isEqualTo("jdbc:postgresql://orders-host/o");
		assertThat(environment.getProperty("datasources.events.url")).isEqualTo("jdbc:postgresql://events-host/e");
		assertThat(environment.getProperty("datasources.events.username")).isEqualTo("app");
		assertThat(environment.getProperty("datasources.events.password")).isEqualTo("secret");
		assertThat(environment.getProperty("datasources.events.driver-class-name")).isEqualTo("org.postgresql.Driver");
	}

	@Test
	void addsPropertiesFirstInTheNamedPropertySource() {
		ConfigurableEnvironment environment = customize(TwoContainers.class);
		assertThat(environment.getPropertySources().iterator().next().getName())
			.isEqualTo(SourceConnections.PROPERTY_SOURCE_NAME);
	}

	@Test
	void startsAContainerThatIsNotRunningOnce() {
		customize(TwoContainers.class);
		customize(TwoContainers.class);
		assertThat(TwoContainers.events.starts()).isEqualTo(1);
	}

	@Test
	void findsFieldsOfSuperclassesAndInterfaces() {
		ConfigurableEnvironment environment = customize(InheritsContainers.class);
		assertThat(environment.getProperty("datasources.orders.url")).isEqualTo("jdbc:postgresql://orders-host/o");
		assertThat(environment.getProperty("datasources.audit.url")).isEqualTo("jdbc:postgresql://audit-host/a");
	}

	@Test
	void findsFieldsOfEnclosingClasses() {
		ConfigurableEnvironment environment = customize(TwoContainers.Inner.class);
		assertThat(environment.getProperty("datasources.events.url")).isEqualTo("jdbc:postgresql://events-host/e");
	}

	@Test
	void createsNothingWithoutAnnotatedFields() {
		assertThat(this.factory.createContextCustomizer(SourceConnectionContextCustomizerFactoryTests.class, List.of()))
			.isNull();
	}

	@Test
	void equalCustomizersForTheSameContainers() {
		assertThat(this.factory.createContextCustomizer(TwoContainers.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(TwoContainers.class, List.of()))
			.isNotEqualTo(this.factory.createContextCustomizer(InheritsContainers.class, List.of()));
	}

	@Test
	void failsOnAFieldThatIsNotStatic() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.factory.createContextCustomizer(InstanceField.class, List.of()))
			.withMessageContaining("field 'container'")
			.withMessageContaining("must be static");
	}

	@Test
	void failsOnAFieldThatHoldsNoDatabaseContainer() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.factory.createContextCustomizer(NotAContainer.class, List.of()))
			.withMessageContaining("@SourceConnection(\"events\") field 'url'")
			.withMessageContaining("JdbcDatabaseContainer");
	}

	@Test
	void failsOnTwoContainersForOneSource() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.factory.createContextCustomizer(TwoForOneSource.class, List.of()))
			.withMessageContaining("Two @SourceConnection(\"events\") fields");
	}

	private ConfigurableEnvironment customize(Class<?> testClass) {
		ContextCustomizer customizer = this.factory.createContextCustomizer(testClass, List.of());
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			customizer.customizeContext(context, null);
			return context.getEnvironment();
		}
	}

	static class TwoContainers {

		@SourceConnection("orders")
		static StoppedContainer orders = new StoppedContainer("jdbc:postgresql://orders-host/o");

		@SourceConnection("events")
		static StoppedContainer events = new StoppedContainer("jdbc:postgresql://events-host/e");

		class Inner {

		}

	}

	interface WithAudit {

		@SourceConnection("audit")
		StoppedContainer audit = new StoppedContainer("jdbc:postgresql://audit-host/a");

	}

	static class InheritsContainers extends TwoContainers implements WithAudit {

	}

	static class InstanceField {

		@SourceConnection("events")
		StoppedContainer container = new StoppedContainer("jdbc:postgresql://events-host/e");

	}

	static class NotAContainer {

		@SourceConnection("events")
		static String url = "jdbc:postgresql://events-host/e";

	}

	static class TwoForOneSource {

		@SourceConnection("events")
		static StoppedContainer first = new StoppedContainer("jdbc:postgresql://one/e");

		@SourceConnection("events")
		static StoppedContainer second = new StoppedContainer("jdbc:postgresql://two/e");

	}

}
