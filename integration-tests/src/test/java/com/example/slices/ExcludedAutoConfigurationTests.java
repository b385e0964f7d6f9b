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
package com.example.slices;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test that excludes Spring Boot's DataSource auto-configuration, or multids', gets no
 * pool at all, not one of Spring Boot's built from a configuration meant for multids (the
 * configured databases do not exist, so any pool would fail the test).
 *
 * @author multids
 */
class ExcludedAutoConfigurationTests {

	@Nested
	@SpringBootTest(classes = SliceApplication.class, properties = { "spring.config.name=slices",
			"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
	class SpringBootDataSource extends NoPool {

	}

	@Nested
	@SpringBootTest(classes = SliceApplication.class, properties = { "spring.config.name=slices",
			"spring.autoconfigure.exclude=io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration" })
	class Multids extends NoPool {

	}

	abstract static class NoPool {

		@Autowired
		private ApplicationContext context;

		@Test
		void noPoolNoEntityManagerFactoryNoTransactionManager() {
			assertThat(this.context.getBeanNamesForType(DataSource.class)).isEmpty();
			assertThat(this.context.getBeanNamesForType(EntityManagerFactory.class)).isEmpty();
			assertThat(this.context.getBeanNamesForType(PlatformTransactionManager.class)).isEmpty();
		}

	}

}
