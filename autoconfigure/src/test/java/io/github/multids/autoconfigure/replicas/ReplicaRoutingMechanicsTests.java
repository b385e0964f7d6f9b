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

package io.github.multids.autoconfigure.replicas;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.github.multids.ReadYourWrites;
import io.github.multids.autoconfigure.ConfigurationFailures;
import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mechanics of replica routing on databases whose replication position multids cannot
 * read (H2 files standing in for a primary and its replicas, each with a row that names
 * it): which connection serves which work, weights, failover and the bad-input errors.
 * Real replication is proved in the integration tests.
 */
class ReplicaRoutingMechanicsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class));

	@TempDir
	Path directory;

	@Test
	void readOnlyWorkIsServedByAReplicaAndEverythingElseByThePrimary() throws SQLException {
		String primary = database("primary");
		String replica = database("r1");
		this.contextRunner
			.withPropertyValues("datasources.shop.url=" + primary, "datasources.shop.replicas.r1.url=" + replica)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(readOnly(context)).isEqualTo("r1");
				assertThat(readWrite(context)).isEqualTo("primary");
				// Outside a transaction: not known to be read-only, so the primary
				assertThat(client(context).sql("select name from whoami").query(String.class).single())
					.isEqualTo("primary");
				assertThat(context.getBean("shop.r1DataSource", com.zaxxer.hikari.HikariDataSource.class).getPoolName())
					.isEqualTo("shop.r1");
			});
	}

	@Test
	void aConnectionHeldAcrossTransactionsFollowsEachOnesReadOnlyFlag() throws SQLException {
		String primary = database("primary");
		this.contextRunner
			.withPropertyValues("datasources.shop.url=" + primary, "datasources.shop.replicas.r1.url=" + database("r1"),
					// the read-write statement below would send later reads to the
					// primary
					"datasources.shop.read.read-your-writes=false")
			.run((context) -> {
				// As an EntityManager kept open for a web request holds it
				try (Connection connection = context.getBean("shopDataSource", javax.sql.DataSource.class)
					.getConnection()) {
					connection.setReadOnly(true);
					assertThat(whoami(connection)).isEqualTo("r1");
					connection.setReadOnly(false);
					assertThat(whoami(connection)).isEqualTo("primary");
					connection.setReadOnly(true);
					assertThat(whoami(connection)).isEqualTo("r1");
					connection.setAutoCommit(false);
					connection.setReadOnly(false);
					// Inside a transaction the connection stays where the transaction is
					assertThat(whoami(connection)).isEqualTo("r1");
					connection.rollback();
				}
			});
	}

	private static String whoami(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement.executeQuery("select name from whoami")) {
			result.next();
			return result.getString(1);
		}
	}

	@Test
	void weightsShareTheReads() throws SQLException {
		String primary = database("primary");
		this.contextRunner
			.withPropertyValues("datasources.shop.url=" + primary, "datasources.shop.replicas.r1.url=" + database("r1"),
					"datasources.shop.replicas.r2.url=" + database("r2"), "datasources.shop.replicas.r2.weight=2")
			.run((context) -> {
				java.util.Map<String, Integer> counts = new java.util.HashMap<>();
				for (int i = 0; i < 30; i++) {
					counts.merge(readOnly(context), 1, Integer::sum);
				}
				assertThat(counts).containsEntry("r1", 10).containsEntry("r2", 20);
			});
	}

	@Test
	void aReplicaThatGivesNoConnectionServesNoReadsAndNoReadFails() throws SQLException {
		String primary = database("primary");
		this.contextRunner
			.withPropertyValues("datasources.shop.url=" + primary, "datasources.shop.replicas.r1.url=" + database("r1"),
					"datasources.shop.replicas.gone.url=jdbc:postgresql://127.0.0.1:1/none",
					"datasources.shop.replicas.gone.driver-class-name=org.postgresql.Driver")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				for (int i = 0; i < 6; i++) {
					assertThat(readOnly(context)).isEqualTo("r1");
				}
				ReplicaSet replicas = ReplicaSet.of(context.getBean("shopDataSource"));
				assertThat(replicas.replicas()).extracting(Replica::name, Replica::state)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("r1", Replica.State.SERVING),
							org.assertj.core.groups.Tuple.tuple("gone", Replica.State.DOWN));
			});
	}

	@Test
	void withNoReplicaLeftThePrimaryServesReads() throws SQLException {
		String primary = database("primary");
		this.contextRunner
			.withPropertyValues("datasources.shop.url=" + primary,
					"datasources.shop.replicas.gone.url=jdbc:postgresql://127.0.0.1:1/none",
					"datasources.shop.replicas.gone.driver-class-name=org.postgresql.Driver")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(readOnly(context)).isEqualTo("primary");
			});
	}

	@Test
	void aCallerThatWroteReadsFromThePrimaryWhenTheReplicationPositionIsNotKnown() throws SQLException {
		String primary = database("primary");
		this.contextRunner
			.withPropertyValues("datasources.shop.url=" + primary, "datasources.shop.replicas.r1.url=" + database("r1"))
			.run((context) -> {
				assertThat(readOnly(context)).isEqualTo("r1");
				String token = ReadYourWrites.token();
				readWrite(context);
				assertThat(readOnly(context)).isEqualTo("primary");
				String afterWrite = ReadYourWrites.token();
				assertThat(afterWrite).startsWith("shop:");
				// Another thread with the token reads as the writer does; without it,
				// from
				// the replica
				String[] withToken = new String[1];
				String[] withoutToken = new String[1];
				Thread other = new Thread(() -> {
					withoutToken[0] = readOnly(context);
					ReadYourWrites.run(afterWrite, () -> withToken[0] = readOnly(context));
				});
				other.start();
				try {
					other.join();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				assertThat(withoutToken[0]).isEqualTo("r1");
				assertThat(withToken[0]).isEqualTo("primary");
				assertThat(token).doesNotContain("shop:");
			});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
							datasources.shop.replicas.r1.weight=1                | The replica 'datasources.shop.replicas.r1' has no url.
							datasources.shop.replicas.r1.url=URL,datasources.shop.replicas.r1.weight=0 | 'datasources.shop.replicas.r1.weight' is 0, but a weight is at least 1.
							datasources.shop.replicas.r-1.url=URL                | The replica name 'datasources.shop.replicas.r-1' is not valid
							datasources.shop.replicas.r1.url=URL,datasources.shop.read.max-lag=soon | The value of 'datasources.shop.read.max-lag'
							datasources.shop.replicas.r1.url=URL,datasources.shop.read.max-lag=0s | 'datasources.shop.read.max-lag' is PT0S, but it must be positive.
							datasources.shop.read.max-lag=10s                    | 'datasources.shop.read.max-lag' is set, but source 'shop' has no replicas
							datasources.shop.replicas.r1.url=URL,datasources.shop.replicas.r1.colour=red | 'datasources.shop.replicas.r1.colour' is not a known property.
					datasources.shop.replicas.r1.url=URL,multids.read-your-writes.carrier=pigeon | 'multids.read-your-writes.carrier' is 'pigeon', which is not a carrier of read-your-writes.
					datasources.shop.replicas.r1.url=URL,multids.read-your-writes.carriers=cookie | 'multids.read-your-writes.carriers' is not a multids setting
					multids.read-your-writes.carrier=header | 'multids.read-your-writes.carrier' is set, but no source has replicas
							""")
	void badInputFailsStartupNamingTheKey(String properties, String message) throws SQLException {
		String replica = database("r1");
		this.contextRunner.withPropertyValues("datasources.shop.url=" + database("primary"))
			.withPropertyValues(properties.replace("URL", replica).split(","))
			.run((context) -> assertThat(ConfigurationFailures.of(context).getMessage()).startsWith(message));
	}

	@Test
	void replicasOfAnEmbeddedSourceFailStartup() {
		this.contextRunner.withPropertyValues("datasources.shop.replicas.r1.url=jdbc:postgresql://127.0.0.1/shop")
			.run((context) -> assertThat(ConfigurationFailures.of(context).getMessage())
				.startsWith("'datasources.shop.replicas' is set, but source 'shop' is an embedded database"));
	}

	private static String readOnly(AssertableApplicationContext context) {
		TransactionTemplate transactions = transactions(context);
		transactions.setReadOnly(true);
		return transactions
			.execute((status) -> client(context).sql("select name from whoami").query(String.class).single());
	}

	private static String readWrite(AssertableApplicationContext context) {
		return transactions(context)
			.execute((status) -> client(context).sql("select name from whoami").query(String.class).single());
	}

	private static TransactionTemplate transactions(AssertableApplicationContext context) {
		return new TransactionTemplate(context.getBean("shopTransactionManager", PlatformTransactionManager.class));
	}

	private static JdbcClient client(AssertableApplicationContext context) {
		return context.getBean("shopJdbcClient", JdbcClient.class);
	}

	private String database(String name) throws SQLException {
		String url = "jdbc:h2:file:" + this.directory.resolve(name).toAbsolutePath();
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("create table whoami (name varchar(20))");
			statement.execute("insert into whoami values ('" + name + "')");
		}
		return url;
	}

	private static java.util.List<String> rows(String url) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement.executeQuery("select name from whoami order by name")) {
			java.util.List<String> names = new java.util.ArrayList<>();
			while (result.next()) {
				names.add(result.getString(1));
			}
			return names;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
