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

import com.zaxxer.hikari.HikariConfig;
import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import io.github.multids.autoconfigure.binding.SourceSettings;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.annotation.AnnotatedElementUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MultiDataSourceRuntimeHints}.
 *
 * @author multids
 */
class MultiDataSourceRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	MultiDataSourceRuntimeHintsTests() {
		new MultiDataSourceRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void autoConfigurationImportsTheHints() {
		assertThat(AnnotatedElementUtils.findMergedAnnotation(MultiDataSourceAutoConfiguration.class,
				ImportRuntimeHints.class))
			.satisfies((annotation) -> assertThat(annotation.value()).contains(MultiDataSourceRuntimeHints.class));
	}

	@Test
	void bindsTheSettingsOfEverySource() {
		assertThat(RuntimeHintsPredicates.reflection().onType(SourceSettings.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(SourceSettings.Health.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(DataSourceProperties.class, "setUrl"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(SqlInitializationProperties.class, "setSchemaLocations")).accepts(this.hints);
	}

	@Test
	void bindsTheJpaAndFlywaySettingsWhenPresent() {
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(JpaProperties.class, "setShowSql"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(HibernateProperties.class, "setDdlAuto"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(FlywayProperties.class, "setLocations"))
			.accepts(this.hints);
	}

	@Test
	void introspectsAndCopiesHikariConfiguration() {
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(HikariConfig.class)
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(HikariConfig.class, "setMaximumPoolSize"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(HikariConfig.class, "maxPoolSize"))
			.accepts(this.hints);
	}

	@Test
	void includesTheDefaultMigrationAndScriptLocations() {
		assertThat(RuntimeHintsPredicates.resource().forResource("db/migration/orders/V1__orders.sql"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/migration/orders/postgresql/V1__orders.sql"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/sql/orders/schema.sql")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("application.yml")).rejects(this.hints);
	}

}
