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
package io.github.multids.autoconfigure.aot;

import java.util.List;
import java.util.Set;

import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.fixture.FixtureConfiguration;
import io.github.multids.autoconfigure.fixture.audit.AuditEntry;
import io.github.multids.autoconfigure.fixture.books.Book;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SourceBeansAotProcessor}.
 *
 * @author multids
 */
class SourceBeansAotProcessorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MultiDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class))
		.withUserConfiguration(FixtureConfiguration.class)
		.withPropertyValues("datasources.library.default=true",
				"datasources.audit.packages=io.github.multids.autoconfigure.fixture.audit");

	@Test
	void registersTheEntitiesOfEverySource() {
		this.contextRunner.run((context) -> {
			RuntimeHints hints = hints(new SourceBeansAotProcessor().processAheadOfTime(context.getBeanFactory()));
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(Book.class)
				.withMemberCategories(MemberCategory.ACCESS_DECLARED_FIELDS,
						MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
				.accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection().onType(AuditEntry.class)).accepts(hints);
		});
	}

	@Test
	void registersTheDriverOfEveryPool() {
		MockEnvironment environment = new MockEnvironment().withProperty("datasources.orders.default", "true")
			.withProperty("datasources.orders.url", "jdbc:postgresql://127.0.0.1:1/orders")
			.withProperty("datasources.scratch.health.enabled", "true");
		RuntimeHints hints = new RuntimeHints();
		SourceBeansAotProcessor.registerHints(hints, List.of(), Set.of(), SourceBeansAotProcessor
			.drivers(SourceDefinitions.load(environment, List.of(), getClass().getClassLoader())));
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(TypeReference.of("org.postgresql.Driver"))
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of("org.h2.Driver"))).accepts(hints);
	}

	@Test
	void includesConfiguredMigrationAndScriptLocationsForAnyVendor() {
		this.contextRunner
			.withPropertyValues("datasources.audit.flyway.locations=classpath:audit/{vendor}/changes",
					"datasources.library.sql.init.schema-locations=classpath:library/schema.sql")
			.run((context) -> {
				RuntimeHints hints = hints(new SourceBeansAotProcessor().processAheadOfTime(context.getBeanFactory()));
				assertThat(RuntimeHintsPredicates.resource().forResource("audit/h2/changes/V1__notes.sql"))
					.accepts(hints);
				assertThat(RuntimeHintsPredicates.resource().forResource("audit/postgresql/changes/V1__notes.sql"))
					.accepts(hints);
				assertThat(RuntimeHintsPredicates.resource().forResource("library/schema.sql")).accepts(hints);
			});
	}

	@Test
	void contributesNothingWithoutSources() {
		new ApplicationContextRunner().withUserConfiguration(FixtureConfiguration.class)
			.run((context) -> assertThat(new SourceBeansAotProcessor().processAheadOfTime(context.getBeanFactory()))
				.isNull());
	}

	private static RuntimeHints hints(BeanFactoryInitializationAotContribution contribution) {
		RuntimeHints hints = new RuntimeHints();
		GenerationContext generationContext = mock(GenerationContext.class);
		given(generationContext.getRuntimeHints()).willReturn(hints);
		assertThat(contribution).isNotNull();
		contribution.applyTo(generationContext, mock(BeanFactoryInitializationCode.class));
		return hints;
	}

}
