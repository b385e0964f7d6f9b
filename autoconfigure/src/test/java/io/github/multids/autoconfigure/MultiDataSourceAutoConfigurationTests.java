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

package io.github.multids.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.DataSourceContext;
import io.github.multids.DataSourceRegistry;
import io.github.multids.autoconfigure.fixture.FixtureConfiguration;
import io.github.multids.autoconfigure.fixture.audit.AuditEntry;
import io.github.multids.autoconfigure.fixture.audit.AuditEntryRepository;
import io.github.multids.autoconfigure.fixture.books.Book;
import io.github.multids.autoconfigure.fixture.books.BookRepository;
import io.github.multids.autoconfigure.fixture.notes.NoteService;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MultiDataSourceAutoConfiguration} on embedded H2 sources.
 */
class MultiDataSourceAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
				TransactionAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class))
		.withUserConfiguration(FixtureConfiguration.class, NoteConfiguration.class);

	@Test
	void registersThePiecesOfEverySource() {
		this.contextRunner
			.withPropertyValues("datasources.library.default=true",
					"datasources.audit.packages=io.github.multids.autoconfigure.fixture.audit")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean("libraryDataSource", HikariDataSource.class)
					.extracting(HikariDataSource::getPoolName)
					.isEqualTo("library");
				assertThat(context).hasBean("auditDataSource")
					.hasBean("libraryEntityManagerFactory")
					.hasBean("auditEntityManagerFactory")
					.hasBean("auditFlyway")
					.doesNotHaveBean("libraryFlyway")
					.hasBean("libraryJdbcClient")
					.hasBean("auditTransactionManager");
				assertThat(context).getBean(DataSource.class).isNotInstanceOf(HikariDataSource.class);
				assertThat(context.getBean(PlatformTransactionManager.class))
					.isSameAs(context.getBean("transactionManager"));
				assertThat(context.getBeansOfType(EntityManagerFactory.class)).hasSize(2);
				assertThat(context.getBeansOfType(Flyway.class)).containsOnlyKeys("auditFlyway");
				DataSourceRegistry registry = context.getBean(DataSourceRegistry.class);
				assertThat(registry.names()).containsExactly("library", "audit");
				assertThat(registry.defaultName()).isEqualTo("library");
			});
	}

	@Test
	void routesRepositoriesAndBeans() {
		this.contextRunner
			.withPropertyValues("datasources.library.default=true",
					"datasources.audit.packages=io.github.multids.autoconfigure.fixture.audit")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(BookRepository.class).save(new Book("Dune"));
				context.getBean(AuditEntryRepository.class).save(new AuditEntry("saved"));
				JdbcClient library = context.getBean("libraryJdbcClient", JdbcClient.class);
				JdbcClient audit = context.getBean("auditJdbcClient", JdbcClient.class);
				assertThat(library.sql("select count(*) from book").query(Long.class).single()).isEqualTo(1);
				assertThat(audit.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(1);
				NoteService notes = context.getBean(NoteService.class);
				assertThat(notes.currentSource()).isEqualTo("audit");
				assertThat(notes.currentSourceOnLibrary()).isEqualTo("library");
				notes.write("kept");
				try {
					notes.writeAndFail("lost");
				}
				catch (IllegalStateException ex) {
					// expected
				}
				assertThat(audit.sql("select text from note").query(String.class).list()).containsExactly("kept");
				assertThat(DataSourceContext.current()).isEmpty();
			});
	}

	@Test
	void failsWhenTwoSourcesAreDefault() {
		this.contextRunner.withPropertyValues("datasources.library.default=true", "datasources.audit.default=true")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(DataSourceConfigurationException.class)
				.hasMessageContaining("'datasources.library.default'"));
	}

	@Configuration(proxyBeanMethods = false)
	static class NoteConfiguration {

		@Bean
		NoteService noteService(JdbcClient jdbcClient) {
			return new NoteService(jdbcClient);
		}

	}

}
