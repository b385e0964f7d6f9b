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

package com.example.sharding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.acme.support.StartupFailure;
import io.github.multids.test.DatabaseServersCondition;
import io.github.multids.test.Vendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.fail;

/**
 * The mistakes a sharded source can be started with: each fails startup through the
 * failure analyzer, naming the source and the engine configuration file.
 *
 * @author multids
 */
@ExtendWith(OutputCaptureExtension.class)
class ShardedSourceStartupFailureTests {

	@Test
	void missingClasspathConfigurationFailsNamingSourceAndFile(CapturedOutput output) {
		StartupFailure failure = startup(output, new SpringApplicationBuilder(ShardingApplication.class),
				"datasources.purchases.url=jdbc:shardingsphere:classpath:sharding/missing.yaml");
		failure.assertDescription("classpath:sharding/missing.yaml", "sharded source 'purchases'", "does not exist");
		failure.assertAction("Create classpath:sharding/missing.yaml", "'datasources.purchases.url'");
	}

	@Test
	void missingAbsoluteConfigurationFailsNamingSourceAndFile(CapturedOutput output) {
		StartupFailure failure = startup(output, new SpringApplicationBuilder(ShardingApplication.class),
				"datasources.purchases.url=jdbc:shardingsphere:absolutepath:/nonexistent/orders.yaml");
		failure.assertDescription("absolutepath:/nonexistent/orders.yaml", "sharded source 'purchases'",
				"does not exist");
	}

	@Test
	void invalidConfigurationFailsNamingSourceAndFile(CapturedOutput output) throws IOException {
		Path file = Files.createTempFile("multids-invalid", ".yaml");
		file.toFile().deleteOnExit();
		Files.writeString(file, "dataSources: [ds_0\nrules: {\n");
		StartupFailure failure = startup(output, new SpringApplicationBuilder(ShardingApplication.class),
				"datasources.purchases.url=jdbc:shardingsphere:absolutepath:" + file);
		failure.assertDescription("absolutepath:" + file, "sharded source 'purchases'", "is not valid");
		failure.assertAction("Correct absolutepath:" + file);
	}

	@Test
	void optionalShardedSourceIsRefused(CapturedOutput output) {
		StartupFailure failure = startup(output, new SpringApplicationBuilder(ShardingApplication.class),
				"datasources.purchases.url=jdbc:shardingsphere:classpath:sharding/purchases.yaml",
				"datasources.purchases.health.critical=false");
		failure
			.assertDescription("'datasources.purchases.health.critical: false' is not supported on a sharded source");
		failure.assertAction("Remove 'datasources.purchases.health.critical'");
	}

	@Test
	void flywayUrlOnAShardedSourceIsRefused(CapturedOutput output) {
		StartupFailure failure = startup(output, new SpringApplicationBuilder(ShardingApplication.class),
				"datasources.purchases.url=jdbc:shardingsphere:classpath:sharding/purchases.yaml",
				"datasources.purchases.flyway.url=jdbc:postgresql://127.0.0.1:5432/other");
		failure.assertDescription("'datasources.purchases.flyway.url' is not supported on a sharded source",
				"classpath:sharding/purchases.yaml");
		failure.assertAction("Remove 'datasources.purchases.flyway.url'");
	}

	@Test
	void engineMissingFromTheClasspathFailsNamingTheArtifact(CapturedOutput output) {
		FilteredClassLoader withoutEngine = new FilteredClassLoader("org.apache.shardingsphere.");
		StartupFailure failure = startup(output,
				new SpringApplicationBuilder(ShardingApplication.class)
					.resourceLoader(new DefaultResourceLoader(withoutEngine)),
				"datasources.purchases.url=jdbc:shardingsphere:classpath:sharding/orders.yaml");
		failure.assertDescription("org.apache.shardingsphere.driver.ShardingSphereDriver", "source 'purchases'",
				"jdbc:shardingsphere:classpath:sharding/orders.yaml", "is not on the classpath");
		failure.assertAction("org.apache.shardingsphere:shardingsphere-jdbc:5.5.2");
	}

	@Test
	@ExtendWith(DatabaseServersCondition.class)
	void unreachablePhysicalDatabaseFailsNamingItSourceAndFile(CapturedOutput output) {
		ShardedDatabases databases = ShardedDatabases.create(Vendor.POSTGRESQL, "shard_unreachable")
			.withSecondAt("jdbc:postgresql://127.0.0.1:1/gone");
		StartupFailure failure = startup(output, new SpringApplicationBuilder(ShardingApplication.class),
				"datasources.purchases.url=" + databases.url(), "datasources.purchases.hikari.maximum-pool-size=4");
		failure.assertDescription("physical database 'ds_1' of sharded source 'purchases'",
				"absolutepath:" + databases.file(), "jdbc:postgresql://127.0.0.1:1/gone");
		failure.assertAction("'dataSources.ds_1'", "absolutepath:" + databases.file());
	}

	@Test
	@ExtendWith(DatabaseServersCondition.class)
	void physicalPoolSmallerThanTheSourcePoolFailsSayingWhichToRaise(CapturedOutput output) {
		ShardedDatabases databases = ShardedDatabases.create(Vendor.POSTGRESQL, "shard_small");
		StartupFailure failure = startup(output, new SpringApplicationBuilder(ShardingApplication.class),
				"datasources.purchases.url=" + databases.url(), "datasources.purchases.hikari.maximum-pool-size=8");
		failure.assertDescription("physical database 'ds_0' of sharded source 'purchases'",
				"absolutepath:" + databases.file(), "at most 4 connections, fewer than the 8");
		failure.assertAction("'maximumPoolSize: 8'", "'dataSources.ds_0'",
				"'datasources.purchases.hikari.maximum-pool-size'");
	}

	@Test
	@ExtendWith(DatabaseServersCondition.class)
	void ruleTheEngineRefusesFailsNamingSourceAndFile(CapturedOutput output) {
		ShardedDatabases databases = ShardedDatabases.create(Vendor.POSTGRESQL, "shard_refused").withRules("""
				rules:
				  - !SHARDING
				    tables:
				      purchase_order:
				        actualDataNodes: ds_${0..1}.purchase_order
				        databaseStrategy:
				          standard:
				            shardingColumn: customer_id
				            shardingAlgorithmName: by_customer
				    shardingAlgorithms:
				      by_customer:
				        type: NO_SUCH_ALGORITHM
				""");
		StartupFailure failure = startup(output, new SpringApplicationBuilder(ShardingApplication.class),
				"datasources.purchases.url=" + databases.url(), "datasources.purchases.hikari.maximum-pool-size=4");
		failure.assertDescription("absolutepath:" + databases.file(), "sharded source 'purchases'", "is not valid");
		failure.assertAction("autoTables");
	}

	private static StartupFailure startup(CapturedOutput output, SpringApplicationBuilder builder,
			String... properties) {
		List<String> args = new ArrayList<>(
				List.of("--spring.config.name=multids-sharding", "--spring.main.banner-mode=off"));
		for (String property : properties) {
			args.add("--" + property);
		}
		try (ConfigurableApplicationContext context = builder.web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new))) {
			return fail("Expected startup to fail with %s", args);
		}
		catch (RuntimeException ex) {
			return new StartupFailure(ex, output.getAll());
		}
	}

}
