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

package com.acme.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.acme.support.TestDatabases;
import com.example.reliability.MisnamedRepositoryApplication;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.UseDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.boot.test.context.FilteredClassLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Each configuration mistake a user can make stops startup with a failure analysis whose
 * description names the mistake and whose action says how to fix it, and never shows the
 * configured password.
 *
 * @author multids
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationMistakeTests {

	private static final Set<String> MISTAKES = ConcurrentHashMap.newKeySet();

	@AfterAll
	static void printFigures() {
		Figures.print("bad configuration", "mistakes tried", MISTAKES.size(), "each failing with its description",
				"and action", "password shown", 0);
	}

	@Test
	void misspeltSourceOnClassFailsNamingClassAndKnownSources(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, MisnamedClassApplication.class, h2("orders"), h2("events"),
				"datasources.orders.default=true");
		failure.assertDescription("MisnamedLedger", "@UseDataSource(\"evnts\")", "[orders, events]");
		failure.assertAction("did you mean 'events'", "Use one of [orders, events]");
	}

	@Test
	void misspeltSourceOnMethodFailsNamingMethodAndKnownSources(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, MisnamedMethodApplication.class, h2("orders"), h2("scratch"),
				"datasources.orders.default=true");
		failure.assertDescription("MisnamedDraftsMethod.saveDraft", "@UseDataSource(\"scrath\")", "[orders, scratch]");
		failure.assertAction("Use one of [orders, scratch]");
	}

	@Test
	void misspeltSourceOnRepositoryFailsNamingRepositoryAndKnownSources(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, MisnamedRepositoryApplication.class, h2("orders"), h2("scratch"),
				"datasources.orders.default=true");
		failure.assertDescription("MisnamedNoteRepository", "scracth", "[orders, scratch]");
		failure.assertAction("orders, scratch");
	}

	@Test
	void misspeltPropertyFailsSuggestingTheRightOne(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"), "datasources.orders.usrname=sa");
		failure.assertDescription("'datasources.orders.usrname' is not a known property");
		failure.assertAction("did you mean 'datasources.orders.username'");
	}

	@Test
	void misspeltPoolPropertyFailsSuggestingTheRightOne(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"),
				"datasources.orders.hikari.maximum-pool-sise=5");
		failure.assertDescription("'datasources.orders.hikari.maximum-pool-sise' is not a known property");
		failure.assertAction("did you mean 'datasources.orders.hikari.maximum-pool-size'");
	}

	@Test
	void misspeltJpaPropertyFailsSuggestingTheRightOne(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"),
				"datasources.orders.jpa.show-sq=true");
		failure.assertDescription("'datasources.orders.jpa.show-sq' is not a known property");
		failure.assertAction("did you mean 'datasources.orders.jpa.show-sql'");
	}

	@Test
	void misspeltFlywayPropertyFailsSuggestingTheRightOne(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"),
				"datasources.orders.flyway.locatoins=classpath:db/migration/orders");
		failure.assertDescription("'datasources.orders.flyway.locatoins' is not a known property");
		failure.assertAction("did you mean 'datasources.orders.flyway.locations'");
	}

	@Test
	void misspeltHealthPropertyFailsSuggestingTheRightOne(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"),
				"datasources.orders.health.critcal=false");
		failure.assertDescription("'datasources.orders.health.critcal' is not a known property");
		failure.assertAction("did you mean 'datasources.orders.health.critical'");
	}

	@Test
	void poolSizeThatIsNotANumberFailsNamingPropertyAndType(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"),
				"datasources.orders.hikari.maximum-pool-size=lots");
		failure.assertDescription("'datasources.orders.hikari.maximum-pool-size'");
		failure.assertDescriptionMatches("must be of type int\\b");
		failure.assertAction("datasources.orders.hikari.maximum-pool-size");
	}

	@Test
	void defaultThatIsNotABooleanFailsNamingPropertyAndType(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"),
				"datasources.orders.default=maybe");
		failure.assertDescription("'datasources.orders.default'");
		failure.assertDescriptionMatches("must be of type boolean\\b");
		failure.assertAction("datasources.orders.default");
	}

	@Test
	void urlOfAbsentDriverFailsNamingDriverAndArtifact(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class,
				"datasources.orders.url=jdbc:sqlserver://127.0.0.1:1433;databaseName=shop;password=" + Secrets.PASSWORD,
				"datasources.orders.password=" + Secrets.PASSWORD);
		failure.assertDescription("com.microsoft.sqlserver.jdbc.SQLServerDriver", "source 'orders'");
		failure.assertAction("com.microsoft.sqlserver:mssql-jdbc", "'datasources.orders.url'");
	}

	@Test
	void twoDefaultsFailNamingBoth(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"), h2("events"),
				"datasources.orders.default=true", "datasources.events.default=true");
		failure.assertDescription("'datasources.orders.default'", "'datasources.events.default'");
		failure.assertAction("exactly one of [orders, events]");
	}

	@Test
	void severalSourcesWithoutDefaultFailNamingThem(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"), h2("events"));
		failure.assertDescription("[orders, events]", "none is the default");
		failure.assertAction("'datasources.<name>.default: true'");
	}

	@Test
	void packageUnderTwoSourcesFailsNamingPackageAndSources(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("orders"), h2("events"),
				"datasources.orders.default=true", "datasources.orders.packages=com.acme.events",
				"datasources.events.packages=com.acme.events");
		failure.assertDescription("'com.acme.events'", "'datasources.orders.packages'",
				"'datasources.events.packages'");
		failure.assertAction("Keep 'com.acme.events' under one source only");
	}

	@Test
	void sourceNameStartingWithDigitFailsNamingIt(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("9lives"));
		failure.assertDescription("'datasources.9lives' is not valid", "a letter followed by letters, digits");
		failure.assertAction("Rename 'datasources.9lives'");
	}

	@Test
	void sourceNameWithDashFailsNamingIt(CapturedOutput output, TestInfo test) {
		Failure failure = startup(test, output, PlainApplication.class, h2("order-events"));
		failure.assertDescription("'datasources.order-events' is not valid");
		failure.assertAction("Rename 'datasources.order-events'");
	}

	@Test
	void wrongPasswordFailsNamingSourceAndUserWithoutThePassword(CapturedOutput output, TestInfo test) {
		String url = TestDatabases.get().events().url();
		Failure failure = startup(test, output, PlainApplication.class, "datasources.events.url=" + url,
				"datasources.events.username=multids_nobody", "datasources.events.password=" + Secrets.PASSWORD);
		failure.assertDescription("The database of source 'events' cannot be reached", "as user 'multids_nobody'",
				"Access denied");
		failure.assertAction("'datasources.events.url', '.username' and '.password'");
	}

	@Test
	void unreachablePortFailsNamingSourceWithMaskedUrl(CapturedOutput output, TestInfo test) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Failure failure = startup(test, output, PlainApplication.class,
				"datasources.orders.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/shop?password="
						+ Secrets.PASSWORD,
				"datasources.orders.username=shop", "datasources.orders.password=" + Secrets.PASSWORD,
				"datasources.orders.hikari.connection-timeout=2000");
		failure.assertDescription("The database of source 'orders' cannot be reached",
				"jdbc:postgresql://127.0.0.1:" + closedPort + "/shop?password=******");
		failure.assertAction("Check that the database is running");
	}

	@Test
	void noUrlWithoutH2FailsSayingWhatToAdd(CapturedOutput output, TestInfo test) {
		FilteredClassLoader withoutH2 = new FilteredClassLoader("org.h2.");
		Failure failure = startup(test, output, new SpringApplicationBuilder(PlainApplication.class)
			.resourceLoader(new DefaultResourceLoader(withoutH2)), "datasources.scratch.password=" + Secrets.PASSWORD);
		failure.assertDescription("has no 'datasources.scratch.url'", "H2 is not on the classpath");
		failure.assertAction("com.h2database:h2", "'datasources.scratch.url'");
	}

	private static String[] h2(String name) {
		String database = "mistake_" + UUID.randomUUID().toString().replace("-", "");
		return new String[] { "datasources." + name + ".url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
				"datasources." + name + ".password=" + Secrets.PASSWORD };
	}

	private static Failure startup(TestInfo test, CapturedOutput output, Class<?> application, Object... properties) {
		return startup(test, output, new SpringApplicationBuilder(application), properties);
	}

	private static Failure startup(TestInfo test, CapturedOutput output, SpringApplicationBuilder builder,
			Object... properties) {
		MISTAKES.add(test.getDisplayName());
		List<String> args = new ArrayList<>(
				List.of("--spring.config.name=reliability-mistakes", "--spring.main.banner-mode=off"));
		for (Object property : properties) {
			for (String each : (property instanceof String[] array) ? array : new String[] { (String) property }) {
				args.add("--" + each);
			}
		}
		try (ConfigurableApplicationContext context = builder.web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new))) {
			return fail("Expected startup to fail with %s", args);
		}
		catch (RuntimeException ex) {
			return new Failure(ex, output.getAll());
		}
	}

	/**
	 * A startup failure: the exception and what was printed.
	 *
	 * @param exception the exception that stopped startup
	 * @param output everything printed during the test
	 */
	private record Failure(RuntimeException exception, String output) {

		Failure {
			Secrets.assertAbsent("the output", output);
			Secrets.assertAbsentFromCauseChain(exception);
		}

		DataSourceConfigurationException cause() {
			for (Throwable cause = this.exception; cause != null; cause = cause.getCause()) {
				if (cause instanceof DataSourceConfigurationException configurationException) {
					return configurationException;
				}
			}
			return fail("Expected a DataSourceConfigurationException in the cause chain of", this.exception);
		}

		String report() {
			int start = this.output.lastIndexOf("APPLICATION FAILED TO START");
			assertThat(start).as("a failure analysis in the output:%n%s", this.output).isNotNegative();
			return this.output.substring(start);
		}

		void assertDescription(String... parts) {
			assertThat(cause().getMessage()).contains(parts);
			assertThat(report()).contains("Description:").contains(cause().getMessage());
		}

		void assertDescriptionMatches(String pattern) {
			assertThat(cause().getMessage()).containsPattern(pattern);
		}

		void assertAction(String... parts) {
			for (String part : parts) {
				assertThat(cause().getAction()).containsIgnoringCase(part);
			}
			assertThat(report()).contains("Action:").contains(cause().getAction());
		}

	}

	/**
	 * An application without beans of its own.
	 */
	@EnableAutoConfiguration
	static class PlainApplication {

	}

	/**
	 * An application whose one bean's class names a misspelt source.
	 */
	@EnableAutoConfiguration
	@Import(MisnamedLedger.class)
	static class MisnamedClassApplication {

	}

	/**
	 * A bean whose class is annotated with a misspelt source name.
	 */
	@UseDataSource("evnts")
	static class MisnamedLedger {

		public void record() {
		}

	}

	/**
	 * An application whose one bean has a method naming a misspelt source.
	 */
	@EnableAutoConfiguration
	@Import(MisnamedDraftsMethod.class)
	static class MisnamedMethodApplication {

	}

	/**
	 * A bean with one method annotated with a misspelt source name.
	 */
	static class MisnamedDraftsMethod {

		@UseDataSource("scrath")
		public void saveDraft() {
		}

	}

}
