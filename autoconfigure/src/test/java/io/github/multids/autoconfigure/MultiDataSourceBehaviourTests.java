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

import java.util.concurrent.CompletableFuture;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.DataSourceContext;
import io.github.multids.SourceNote;
import io.github.multids.UnknownDataSourceException;
import io.github.multids.autoconfigure.badfixture.BadRepositoryConfiguration;
import io.github.multids.autoconfigure.badfixture.UnknownSources.UnknownClassSource;
import io.github.multids.autoconfigure.badfixture.UnknownSources.UnknownMethodSource;
import io.github.multids.autoconfigure.fixture.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the startup errors, back-off and context propagation of
 * {@link MultiDataSourceAutoConfiguration}.
 */
class MultiDataSourceBehaviourTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				DataJpaRepositoriesAutoConfiguration.class, TaskExecutionAutoConfiguration.class));

	@Test
	void staysOutOfTheWayWithoutDataSources() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(MultiDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:plain")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(HikariDataSource.class)
				.doesNotHaveBean("dataSourceRegistry"));
	}

	@Test
	void aSingleSourceNeedsNoDefault() {
		this.contextRunner.withPropertyValues("datasources.only.url=jdbc:h2:mem:only").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(io.github.multids.DataSourceRegistry.class).defaultName()).isEqualTo("only");
		});
	}

	@Test
	void aSourceWithoutUrlIsAnEmbeddedH2DatabaseNamedAfterIt() {
		this.contextRunner.withPropertyValues("datasources.scratch=").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean("scratchDataSource", HikariDataSource.class).getJdbcUrl())
				.startsWith("jdbc:h2:mem:scratch;");
		});
	}

	@Test
	void failsWhenSeveralSourcesAndNoDefault() {
		this.contextRunner
			.withPropertyValues("datasources.one.url=jdbc:h2:mem:one", "datasources.two.url=jdbc:h2:mem:two")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(DataSourceConfigurationException.class)
				.hasMessageContaining("[one, two] but none is the default")
				.extracting((ex) -> ((DataSourceConfigurationException) ex).getAction())
				.asString()
				.contains("datasources.<name>.default: true"));
	}

	@Test
	void failsWhenAPackageIsClaimedByTwoSources() {
		this.contextRunner
			.withPropertyValues("datasources.one.default=true", "datasources.one.packages=com.acme",
					"datasources.two.packages=com.acme")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("'com.acme' is claimed by two sources: 'datasources.one.packages' and"
						+ " 'datasources.two.packages'"));
	}

	@Test
	void failsOnATypoInAPropertyNameSuggestingTheKnownOne() {
		this.contextRunner.withPropertyValues("datasources.one.url=jdbc:h2:mem:one", "datasources.one.usrname=sa")
			.run((context) -> assertThat(context).getFailure()
				.hasMessage("'datasources.one.usrname' is not a known property.")
				.extracting((ex) -> ((DataSourceConfigurationException) ex).getAction())
				.asString()
				.startsWith("Did you mean 'datasources.one.username'?"));
	}

	@Test
	void failsOnATypoInANestedPoolProperty() {
		this.contextRunner
			.withPropertyValues("datasources.one.url=jdbc:h2:mem:one", "datasources.one.hikari.maximum-pool-sise=3")
			.run((context) -> assertThat(context).getFailure()
				.hasMessage("'datasources.one.hikari.maximum-pool-sise' is not a known property.")
				.extracting((ex) -> ((DataSourceConfigurationException) ex).getAction())
				.asString()
				.startsWith("Did you mean 'datasources.one.hikari.maximum-pool-size'?"));
	}

	@Test
	void acceptsFreeFormMapsAndListsUnderASource() {
		this.contextRunner
			.withPropertyValues("datasources.one.url=jdbc:h2:mem:one", "datasources.one.packages[0]=com.acme",
					"datasources.one.jpa.properties.hibernate.jdbc.batch_size=50",
					"datasources.one.hikari.data-source-properties.cachePrepStmts=true",
					"datasources.one.flyway.placeholders.owner=me", "datasources.one.jpa.hibernate.ddl-auto=none",
					"datasources.one.health.critical=true", "datasources.one.hikari.maximum-pool-size=3")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("oneDataSource", HikariDataSource.class).getMaximumPoolSize()).isEqualTo(3);
			});
	}

	@Test
	void failsOnAValueOfTheWrongTypeNamingThePropertyButNotTheValue() {
		this.contextRunner
			.withPropertyValues("datasources.one.url=jdbc:h2:mem:one", "datasources.one.hikari.maximum-pool-size=lots")
			.run((context) -> assertThat(findCause(context.getStartupFailure()).getMessage())
				.contains("The value of 'datasources.one.hikari.maximum-pool-size'")
				.contains("it must be of type int")
				.doesNotContain("lots"));
	}

	@Test
	void failsOnADefaultThatIsNotABoolean() {
		this.contextRunner.withPropertyValues("datasources.one.url=jdbc:h2:mem:one", "datasources.one.default=maybe")
			.run((context) -> assertThat(findCause(context.getStartupFailure()).getMessage())
				.contains("The value of 'datasources.one.default'")
				.contains("boolean"));
	}

	@Test
	void failsWhenASourceNameIsNotValid() {
		this.contextRunner.withPropertyValues("datasources.9lives.url=jdbc:h2:mem:x")
			.run((context) -> assertThat(context).getFailure().hasMessageContaining("'datasources.9lives'"));
	}

	@Test
	void failsWhenASourceHasNoUrlAndH2IsMissing() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.h2"))
			.withPropertyValues("datasources.scratch=")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("The source 'scratch' has no 'datasources.scratch.url'")
				.hasMessageContaining("H2 is not on the classpath"));
	}

	@Test
	void failsWhenTheDriverIsMissing() {
		this.contextRunner.withPropertyValues("datasources.legacy.url=jdbc:sqlserver://127.0.0.1:1433;databaseName=x")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("com.microsoft.sqlserver.jdbc.SQLServerDriver of source 'legacy'")
				.extracting((ex) -> ((DataSourceConfigurationException) ex).getAction())
				.asString()
				.contains("com.microsoft.sqlserver:mssql-jdbc"));
	}

	@Test
	void failsNamingTheSourceWhenItsDatabaseCannotBeReachedWithoutShowingThePassword() {
		this.contextRunner
			.withPropertyValues("datasources.billing.url=jdbc:postgresql://127.0.0.1:1/billing?password=url-secret",
					"datasources.billing.username=billing", "datasources.billing.password=s3cret-pass",
					"datasources.billing.hikari.connection-timeout=250")
			.run((context) -> {
				assertThat(context).getFailure().rootCause().isNotNull();
				Throwable failure = context.getStartupFailure();
				DataSourceConfigurationException cause = findCause(failure);
				assertThat(cause.getMessage()).contains("source 'billing' cannot be reached")
					.contains("jdbc:postgresql://127.0.0.1:1/billing?password=******")
					.doesNotContain("s3cret-pass")
					.doesNotContain("url-secret");
			});
	}

	@Test
	void failsWhenARepositoryNamesAnUnknownSource() {
		this.contextRunner.withUserConfiguration(BadRepositoryConfiguration.class)
			.withPropertyValues("datasources.one.default=true", "datasources.two.url=jdbc:h2:mem:two")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("MisroutedBookRepository is annotated @UseDataSource(\"nope\")")
				.hasMessageContaining("the configured sources are [one, two]"));
	}

	@Test
	void failsWhenAClassNamesAnUnknownSource() {
		this.contextRunner.withUserConfiguration(UnknownClassSourceConfiguration.class)
			.withPropertyValues("datasources.one.url=jdbc:h2:mem:one")
			.run((context) -> assertThat(findCause(context.getStartupFailure()).getMessage())
				.contains("The class " + UnknownClassSource.class.getName() + " is annotated @UseDataSource(\"nope\")")
				.contains("[one]"));
		this.contextRunner.withUserConfiguration(UnknownClassSourceConfiguration.class)
			.withPropertyValues("datasources.none.url=jdbc:h2:mem:none")
			.run((context) -> assertThat(findCause(context.getStartupFailure()).getAction())
				.startsWith("Did you mean 'none'? Use one of [none]"));
	}

	@Test
	void failsWhenAMethodNamesAnUnknownSource() {
		this.contextRunner.withUserConfiguration(UnknownMethodSourceConfiguration.class)
			.withPropertyValues("datasources.one.url=jdbc:h2:mem:one")
			.run((context) -> assertThat(findCause(context.getStartupFailure()).getMessage()).contains("The method "
					+ UnknownMethodSource.class.getName() + ".write is annotated" + " @UseDataSource(\"typo\")"));
	}

	@Test
	void runWithAnUnknownNameThrowsListingTheKnownNames() {
		this.contextRunner.withPropertyValues("datasources.one.default=true", "datasources.two.url=jdbc:h2:mem:two")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThatExceptionOfType(UnknownDataSourceException.class)
					.isThrownBy(() -> DataSourceContext.run("nope", () -> {
					}))
					.withMessageContaining("'nope'")
					.withMessageContaining("one")
					.withMessageContaining("two");
				assertThat(DataSourceContext.current()).isEmpty();
			});
	}

	@Test
	void aFailureNamesTheSourceThatWasCurrentWithoutChangingTheException() {
		this.contextRunner.withPropertyValues("datasources.one.default=true", "datasources.two.url=jdbc:h2:mem:two")
			.run((context) -> {
				IllegalStateException failure = new IllegalStateException("driver said no");
				assertThatExceptionOfType(IllegalStateException.class)
					.isThrownBy(() -> DataSourceContext.run("two", () -> DataSourceContext.run("one", () -> {
						throw failure;
					})))
					.isSameAs(failure)
					.withMessage("driver said no");
				assertThat(SourceNote.find(failure)).contains("one");
				assertThat(failure.getSuppressed()).hasSize(1);
			});
	}

	@Test
	void backsOffWhenUserDefinesASourceBean() {
		this.contextRunner.withUserConfiguration(UserPoolConfiguration.class)
			.withPropertyValues("datasources.one.url=jdbc:h2:mem:one")
			.run((context) -> assertThat(context.getBean("oneDataSource", HikariDataSource.class).getPoolName())
				.isEqualTo("user-defined"));
	}

	@Test
	void asyncMethodsRunOnTheCallersSource() {
		this.contextRunner.withUserConfiguration(AsyncConfiguration.class)
			.withPropertyValues("datasources.one.default=true", "datasources.two.url=jdbc:h2:mem:two")
			.run((context) -> {
				AsyncProbe probe = context.getBean(AsyncProbe.class);
				String seen = DataSourceContext.call("two", () -> probe.currentSource().get());
				assertThat(seen).isEqualTo("two");
				assertThat(probe.currentSource().get()).isEqualTo("none");
			});
	}

	private static DataSourceConfigurationException findCause(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null && !(candidate instanceof DataSourceConfigurationException)) {
			candidate = candidate.getCause();
		}
		assertThat(candidate).as("DataSourceConfigurationException in %s", failure).isNotNull();
		return (DataSourceConfigurationException) candidate;
	}

	@Configuration(proxyBeanMethods = false)
	static class UnknownClassSourceConfiguration {

		@Bean
		UnknownClassSource unknownClassSource() {
			return new UnknownClassSource();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UnknownMethodSourceConfiguration {

		@Bean
		UnknownMethodSource unknownMethodSource() {
			return new UnknownMethodSource();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserPoolConfiguration {

		@Bean
		HikariDataSource oneDataSource() {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl("jdbc:h2:mem:user");
			dataSource.setPoolName("user-defined");
			return dataSource;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAsync
	static class AsyncConfiguration {

		@Bean
		AsyncProbe asyncProbe() {
			return new AsyncProbe();
		}

	}

	static class AsyncProbe {

		@Async
		public CompletableFuture<String> currentSource() {
			return CompletableFuture.completedFuture(DataSourceContext.current().orElse("none"));
		}

	}

}
