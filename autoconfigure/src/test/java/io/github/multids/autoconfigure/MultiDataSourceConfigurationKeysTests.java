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

import java.util.List;
import java.util.UUID;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.fixture.FixtureConfiguration;
import io.github.multids.autoconfigure.fixture.books.BookRepository;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration users bring with them: each key under `datasources.<name>`
 * is applied or refused, `spring.jpa.*` and `spring.flyway.*` are the defaults of every
 * source, `spring.sql.init.*` runs on the default source only, and leftover
 * `spring.datasource.*` connection keys fail startup.
 *
 * @author multids
 */
class MultiDataSourceConfigurationKeysTests {

	private static final String SECRET = "n0t-in-any-message";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceInitializationAutoConfiguration.class,
				TransactionAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					datasources.one.jndi-name=java:comp/env/jdbc/one | 'datasources.one.jndi-name' is not supported | set 'url', 'username' and 'password' of the source
					datasources.one.type=org.apache.commons.dbcp2.BasicDataSource | 'datasources.one.type' is not supported | under 'hikari.*' of the source
					datasources.one.xa.data-source-class-name=org.h2.jdbcx.JdbcDataSource | 'datasources.one.xa.data-source-class-name' is not supported | Remove the 'xa.*' keys
					datasources.one.name=main | 'datasources.one.name' is not supported | Remove the key
					datasources.one.generate-unique-name=true | 'datasources.one.generate-unique-name' is not supported | Remove the key
					datasources.one.embedded-database-connection=h2 | 'datasources.one.embedded-database-connection' is not supported | set the source's 'url'
					datasources.one.hikari.pool-name=main | 'datasources.one.hikari.pool-name' is not supported | the pool name is the source name
					datasources.one.jpa.open-in-view=false | 'datasources.one.jpa.open-in-view' is not supported | set 'spring.jpa.open-in-view' for the application
					datasources.one.jpa.bootstrap=async | 'datasources.one.jpa.bootstrap' is not supported | Remove the key
					datasources.one.flyway.oracle.sqlplus=true | 'datasources.one.flyway.oracle.sqlplus' is not supported | FlywayConfigurationCustomizer
					datasources.one.flyway.sqlserver.kerberos-login-file=/etc/krb | 'datasources.one.flyway.sqlserver.kerberos-login-file' is not supported | FlywayConfigurationCustomizer
					spring.flyway.url=jdbc:h2:mem:elsewhere | 'spring.flyway.url' is not supported | 'datasources.<name>.flyway.url'
					spring.jpa.bootstrap=async | 'spring.jpa.bootstrap' is not supported | Remove the key
					datasources.one.sql.init.schema-location=classpath:schema.sql | 'datasources.one.sql.init.schema-location' is not a known property | Did you mean 'datasources.one.sql.init.schema-locations'?
					""")
	void refusesAKeyItWouldNotApplyNamingItAndWhatToDo(String property, String description, String action) {
		this.contextRunner.withPropertyValues("datasources.one.url=" + h2(), property).run((context) -> {
			DataSourceConfigurationException failure = ConfigurationFailures.of(context);
			assertThat(failure.getMessage()).startsWith(description).endsWith(".");
			assertThat(failure.getAction()).contains(action);
		});
	}

	@ParameterizedTest(name = "spring.datasource.{0}")
	@CsvSource({ "url, jdbc:postgresql://127.0.0.1:5432/petclinic", "username, petclinic", "password, " + SECRET,
			"driver-class-name, org.postgresql.Driver" })
	void failsOnALeftoverSpringDataSourceKeyNamingTheSourceKeyToUse(String key, String value) {
		this.contextRunner
			.withPropertyValues("datasources.main.default=true", "datasources.other.url=" + h2(),
					"spring.datasource." + key + "=" + value)
			.run((context) -> {
				DataSourceConfigurationException failure = ConfigurationFailures.of(context);
				assertThat(failure.getMessage()).startsWith("'spring.datasource." + key + "' is set")
					.doesNotContain(value);
				assertThat(failure.getAction()).startsWith("Move the setting to 'datasources.main." + key + "'")
					.doesNotContain(value);
			});
	}

	@Test
	void failsOnALeftoverSpringDataSourceJndiName() {
		this.contextRunner
			.withPropertyValues("datasources.main.url=" + h2(), "spring.datasource.jndi-name=java:comp/env/jdbc/main")
			.run((context) -> {
				DataSourceConfigurationException failure = ConfigurationFailures.of(context);
				assertThat(failure.getMessage()).startsWith("'spring.datasource.jndi-name' is set");
				assertThat(failure.getAction()).contains("Remove 'spring.datasource.jndi-name'")
					.contains("'datasources.<name>.url'");
			});
	}

	@Test
	void springJpaKeysAreTheDefaultsOfEverySourceAndASourceKeyWins() {
		this.contextRunner.withUserConfiguration(FixtureConfiguration.class)
			.withPropertyValues("datasources.library.url=" + h2(), "datasources.library.default=true",
					"datasources.ledger.url=" + h2(),
					"datasources.ledger.packages=io.github.multids.autoconfigure.fixture.audit",
					"spring.jpa.properties.hibernate.jdbc.batch_size=25", "spring.jpa.hibernate.ddl-auto=create",
					"datasources.ledger.jpa.properties.hibernate.jdbc.batch_size=50")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				EntityManagerFactory library = context.getBean("libraryEntityManagerFactory",
						EntityManagerFactory.class);
				EntityManagerFactory ledger = context.getBean("ledgerEntityManagerFactory", EntityManagerFactory.class);
				assertThat(library.getProperties()).containsEntry("hibernate.jdbc.batch_size", "25")
					.containsEntry("hibernate.hbm2ddl.auto", "create");
				assertThat(ledger.getProperties()).containsEntry("hibernate.jdbc.batch_size", "50")
					.containsEntry("hibernate.hbm2ddl.auto", "create");
			});
	}

	@Test
	void springFlywayKeysAreTheDefaultsOfEverySourceAndASourceKeyWins() {
		this.contextRunner
			.withPropertyValues("datasources.one.url=" + h2(), "datasources.one.default=true",
					"datasources.two.url=" + h2(), "spring.flyway.locations=classpath:db/migration/audit",
					"spring.flyway.table=shared_history", "datasources.two.flyway.table=own_history")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("oneFlyway", Flyway.class).getConfiguration().getTable())
					.isEqualTo("shared_history");
				assertThat(context.getBean("twoFlyway", Flyway.class).getConfiguration().getTable())
					.isEqualTo("own_history");
				assertThat(tables(context, "one")).contains("shared_history", "note").doesNotContain("own_history");
				assertThat(tables(context, "two")).contains("own_history", "note").doesNotContain("shared_history");
			});
	}

	@Test
	void appliesFlywayTransactionCallbackAndPostgresqlKeys() {
		this.contextRunner
			.withPropertyValues("datasources.audit.url=" + h2(),
					"datasources.audit.flyway.execute-in-transaction=false",
					"datasources.audit.flyway.callback-locations=classpath:keys/callbacks",
					"datasources.audit.flyway.postgresql.transactional-lock=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Flyway flyway = context.getBean("auditFlyway", Flyway.class);
				assertThat(flyway.getConfiguration().isExecuteInTransaction()).isFalse();
				assertThat(flyway.getConfiguration()
					.getPluginRegister()
					.getExact(PostgreSQLConfigurationExtension.class)
					.isTransactionalLock()).isFalse();
				assertThat(jdbcClient(context, "audit").sql("select text from note").query(String.class).list())
					.containsExactly("afterMigrate callback");
			});
	}

	@Test
	void aSourceRunsItsOwnScriptsAndNoOtherSourceDoes() {
		this.contextRunner
			.withPropertyValues("datasources.shelf.default=true", "datasources.crate.url=" + h2(),
					"datasources.crate.sql.init.schema-locations=classpath:keys/crate-{vendor}.sql")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(jdbcClient(context, "shelf").sql("select title from book order by id")
					.query(String.class)
					.list()).containsExactly("Dune", "Emma");
				assertThat(tables(context, "shelf")).doesNotContain("crate");
				assertThat(jdbcClient(context, "crate").sql("select label from crate").query(String.class).list())
					.containsExactly("h2");
				assertThat(tables(context, "crate")).doesNotContain("book");
			});
	}

	@Test
	void springSqlInitRunsOnceOnTheDefaultSourceOnly() {
		this.contextRunner
			.withPropertyValues("datasources.main.url=" + h2(), "datasources.main.default=true",
					"datasources.other.url=" + h2(), "spring.sql.init.schema-locations=classpath:keys/app-schema.sql",
					"spring.sql.init.data-locations=classpath:keys/app-data.sql")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(jdbcClient(context, "main").sql("select text from app_note").query(String.class).list())
					.containsExactly("spring.sql.init");
				assertThat(tables(context, "other")).doesNotContain("app_note");
			});
	}

	@Test
	void scriptsOnAnEmbeddedSourceKeepTheirRowsUnderTheDefaultDdlAuto() {
		assertTheThreeBooksAreKept("datasources.main.url=" + h2(),
				"datasources.main.sql.init.schema-locations=classpath:keys/petclinic-schema.sql",
				"datasources.main.sql.init.data-locations=classpath:keys/petclinic-data.sql");
	}

	@Test
	void springSqlInitScriptsKeepTheirRowsWithSpringJpaDdlAutoNone() {
		assertTheThreeBooksAreKept("datasources.main.url=" + h2(), "spring.jpa.hibernate.ddl-auto=none",
				"spring.sql.init.schema-locations=classpath:keys/petclinic-schema.sql",
				"spring.sql.init.data-locations=classpath:keys/petclinic-data.sql");
	}

	@Test
	void springSqlInitScriptsKeepTheirRowsUnderTheDefaultDdlAuto() {
		assertTheThreeBooksAreKept("datasources.main.url=" + h2(),
				"spring.sql.init.schema-locations=classpath:keys/petclinic-schema.sql",
				"spring.sql.init.data-locations=classpath:keys/petclinic-data.sql");
	}

	@Test
	void deferredInitializationRunsASourcesDataScriptAfterHibernateCreatedTheSchema() {
		assertTheThreeBooksAreKept("datasources.main.url=" + h2(), "spring.jpa.defer-datasource-initialization=true",
				"datasources.main.sql.init.data-locations=classpath:keys/petclinic-data.sql");
	}

	@Test
	void deferredInitializationMigratesAndRunsScriptsAfterTheEntityManagerFactory() {
		this.contextRunner.withUserConfiguration(FixtureConfiguration.class)
			.withPropertyValues("datasources.main.url=" + h2(), "spring.jpa.defer-datasource-initialization=true",
					"datasources.main.flyway.locations=classpath:db/migration/audit",
					"datasources.main.sql.init.data-locations=classpath:keys/note-data.sql")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(jdbcClient(context, "main").sql("select text from note").query(String.class).list())
					.containsExactly("after the migrations");
			});
	}

	private void assertTheThreeBooksAreKept(String... properties) {
		this.contextRunner.withUserConfiguration(FixtureConfiguration.class)
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(BookRepository.class).count()).isEqualTo(3);
			});
	}

	private static String h2() {
		return "jdbc:h2:mem:keys_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
	}

	private static JdbcClient jdbcClient(AssertableApplicationContext context, String source) {
		return context.getBean(source + "JdbcClient", JdbcClient.class);
	}

	private static List<String> tables(AssertableApplicationContext context, String source) {
		return jdbcClient(context, source)
			.sql("select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC'")
			.query(String.class)
			.list();
	}

}
