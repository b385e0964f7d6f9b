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
package io.github.multids.autoconfigure.tenants;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.multids.TenantContext;
import io.github.multids.TenantRegistry;
import io.github.multids.UnknownTenantException;
import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import io.github.multids.autoconfigure.tenantfixture.TenantFixtureConfiguration;
import io.github.multids.autoconfigure.tenantfixture.customers.CustomerRepository;
import io.github.multids.autoconfigure.tenantfixture.customers.CustomerService;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A tenant source on embedded H2 databases, one per tenant: repositories, JdbcClient and
 * transactions follow the current tenant, pools stay within max-open.
 */
class EmbeddedTenantSourceTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class,
				DataJpaRepositoriesAutoConfiguration.class, TaskExecutionAutoConfiguration.class))
		.withUserConfiguration(TenantFixtureConfiguration.class)
		.withPropertyValues("datasources.main.default=true", "datasources.main.url=jdbc:h2:mem:main-" + this.run,
				"datasources.customers.url=jdbc:h2:mem:" + this.run + "_{tenant};DB_CLOSE_DELAY=-1",
				"datasources.customers.packages=io.github.multids.autoconfigure.tenantfixture.customers",
				"datasources.customers.hikari.maximum-pool-size=2", "datasources.customers.tenants.names=acme,globex",
				"datasources.customers.tenants.max-open=2");

	@Test
	void writesOfEachTenantLandInItsOwnDatabase() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			CustomerService service = context.getBean(CustomerService.class);
			JdbcClient jdbc = context.getBean("customersJdbcClient", JdbcClient.class);
			TenantContext.run("acme", () -> service.add("Ann"));
			TenantContext.run("globex", () -> {
				service.add("Gus");
				jdbc.sql("insert into customer (name) values ('Gia')").update();
			});
			assertThat(names("acme")).containsExactly("Ann");
			assertThat(names("globex")).containsExactly("Gus", "Gia");
			CustomerRepository repository = context.getBean(CustomerRepository.class);
			long count = TenantContext.call("acme", repository::count);
			assertThat(count).isOne();
		});
	}

	@Test
	void tenantsRegisteredAtRunTimeAreMigratedAndPoolsStayWithinMaxOpen() {
		this.contextRunner.run((context) -> {
			TenantRegistry registry = context.getBean(TenantRegistry.class);
			TenantPools pools = context.getBean("customersTenantRegistry", TenantPools.class);
			CustomerService service = context.getBean(CustomerService.class);
			for (int i = 0; i < 6; i++) {
				registry.register("t" + i);
			}
			assertThat(registry.tenants()).startsWith("acme", "globex", "t0").hasSize(8);
			for (String tenant : registry.tenants()) {
				TenantContext.run(tenant, () -> service.add(tenant));
				assertThat(pools.figures().open()).isLessThanOrEqualTo(2);
			}
			for (String tenant : registry.tenants()) {
				assertThat(names(tenant)).containsExactly(tenant);
			}
			assertThat(pools.figures().evicted()).isPositive();
		});
	}

	@Test
	void registeringKeepsNoneOfTheMigrationsConnections() {
		this.contextRunner.run((context) -> {
			TenantRegistry registry = context.getBean(TenantRegistry.class);
			CustomerService service = context.getBean(CustomerService.class);
			registry.register("fresh");
			// HikariCP closes evicted connections on a thread of its own; the one session
			// left is this check's
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (sessions("fresh") > 1 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(sessions("fresh")).isOne();
			TenantContext.run("fresh", () -> service.add("fresh"));
			assertThat(sessions("fresh")).isEqualTo(2);
			assertThat(names("fresh")).containsExactly("fresh");
		});
	}

	@Test
	void workForAnotherTenantWaitsForAnIdlePoolWhenAllAreBusy() {
		this.contextRunner
			.withPropertyValues("datasources.customers.tenants.max-open=1",
					"datasources.customers.hikari.connection-timeout=400")
			.run((context) -> {
				TenantPools pools = context.getBean("customersTenantRegistry", TenantPools.class);
				try (Connection held = pools.getConnection("acme")) {
					long start = System.nanoTime();
					assertThatExceptionOfType(SQLTransientConnectionException.class)
						.isThrownBy(() -> pools.getConnection("globex"))
						.withMessageContaining("Tenant source 'customers': all 1 tenant pools that"
								+ " 'datasources.customers.tenants.max-open' allows are busy");
					assertThat(Duration.ofNanos(System.nanoTime() - start))
						.isGreaterThanOrEqualTo(Duration.ofMillis(400));
					assertThat(pools.openTenants()).containsExactly("acme");
					CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
						try (Connection connection = pools.getConnection("globex")) {
							return connection.isValid(1);
						}
						catch (SQLException ex) {
							throw new IllegalStateException(ex);
						}
					});
					Thread.sleep(100);
					assertThat(waiting).isNotDone();
					held.close();
					assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
				}
				assertThat(pools.openTenants()).containsExactly("globex");
			});
	}

	@Test
	void removeWaitsForTheWorkInProgress() {
		this.contextRunner.run((context) -> {
			TenantPools pools = context.getBean("customersTenantRegistry", TenantPools.class);
			Connection held = pools.getConnection("acme");
			CompletableFuture<Boolean> removal = CompletableFuture.supplyAsync(() -> pools.remove("acme"));
			Thread.sleep(200);
			assertThat(removal).isNotDone();
			assertThat(held.isValid(1)).isTrue();
			assertThatExceptionOfType(UnknownTenantException.class).isThrownBy(() -> pools.getConnection("acme"));
			held.close();
			assertThat(removal.get(5, TimeUnit.SECONDS)).isTrue();
			assertThat(pools.openTenants()).doesNotContain("acme");
			assertThat(pools.tenants()).containsExactly("globex");
		});
	}

	@Test
	void unknownTenantsAndMissingTenantsFailNamingTheSource() {
		this.contextRunner.run((context) -> {
			CustomerRepository repository = context.getBean(CustomerRepository.class);
			assertThatExceptionOfType(UnknownTenantException.class)
				.isThrownBy(() -> TenantContext.run("initech", repository::count))
				.withMessageContaining("'initech'");
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(repository::count)
				.satisfies((ex) -> assertThat(rootMessage(ex))
					.contains("No tenant is current for tenant source" + " 'customers'"));
			TenantRegistry registry = context.getBean(TenantRegistry.class);
			assertThatIllegalArgumentException().isThrownBy(() -> registry.register("a;b"));
			assertThatIllegalArgumentException().isThrownBy(() -> registry.register("../x"));
			assertThat(registry.remove("globex")).isTrue();
			assertThatExceptionOfType(UnknownTenantException.class)
				.isThrownBy(() -> TenantContext.run("globex", repository::count));
		});
	}

	@Test
	void aTenantCannotBeSwitchedToInsideAnotherTenantsTransaction() {
		this.contextRunner.run((context) -> {
			CustomerService service = context.getBean(CustomerService.class);
			assertThatIllegalStateException()
				.isThrownBy(() -> TenantContext.run("acme", () -> service.addThenSwitch("Ann", "globex")))
				.withMessageContaining("inside a transaction of tenant source 'customers' that serves tenant 'acme'");
			assertThat(names("acme")).isEmpty();
			assertThat(names("globex")).isEmpty();
		});
	}

	@Test
	void asyncTasksRunForTheCallersTenant() {
		this.contextRunner.run((context) -> {
			CustomerService service = context.getBean(CustomerService.class);
			assertThat(TenantContext.call("globex", () -> service.tenantOfTask().get())).isEqualTo("globex");
			assertThat(service.tenantOfTask().get()).isEqualTo("none");
		});
	}

	@Test
	void aLiquibaseTenantSourceHasAChangeLogTableInEachTenantsDatabase() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
					DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class))
			.withPropertyValues("datasources.ledger.url=jdbc:h2:mem:" + this.run + "_{tenant};DB_CLOSE_DELAY=-1",
					"datasources.ledger.tenants.names=acme")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(TenantRegistry.class).register("globex");
				JdbcClient jdbc = context.getBean("ledgerJdbcClient", JdbcClient.class);
				TenantContext.run("globex",
						() -> jdbc.sql("insert into ledger (id, amount, memo) values (1, 2.50, 'globex')").update());
				for (String tenant : List.of("acme", "globex")) {
					try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + this.run + "_" + tenant,
							"sa", "");
							ResultSet rows = connection.createStatement()
								.executeQuery("select count(*) from databasechangelog")) {
						rows.next();
						assertThat(rows.getInt(1)).isEqualTo(2);
					}
				}
				assertThat(TenantContext.call("acme",
						() -> jdbc.sql("select count(*) from ledger").query(Integer.class).single()))
					.isZero();
			});
	}

	@Test
	void refusesTenantSettingsOnASourceWithoutPlaceholder() {
		this.contextRunner.withPropertyValues("datasources.main.tenants.max-open=3")
			.run((context) -> assertThat(context).getFailure()
				.satisfies((ex) -> assertThat(rootMessage(ex))
					.contains("'datasources.main.tenants.max-open' is set, but the url of source 'main'")));
	}

	private int sessions(String tenant) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + this.run + "_" + tenant, "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from information_schema.sessions")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private List<String> names(String tenant) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + this.run + "_" + tenant, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select name from customer order by id")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static String rootMessage(Throwable ex) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
