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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.Vendor;

/**
 * Two fresh physical databases of one vendor behind the {@code purchases} source, with
 * the engine configuration written to a temporary file: purchase orders go to
 * {@code ds_<customer_id % 2>}.
 *
 * @param vendor the vendor of both databases
 * @param databases the physical databases, {@code ds_0} then {@code ds_1}
 * @param file the engine configuration file
 * @author multids
 */
record ShardedDatabases(Vendor vendor, List<Database> databases, Path file) {

	static final String SOURCE = "purchases";

	static ShardedDatabases create(Vendor vendor, String suffix) {
		List<Database> databases = List.of(FreshDatabases.create(vendor, suffix + "_0"),
				FreshDatabases.create(vendor, suffix + "_1"));
		return write(vendor, databases, databases.get(1).url());
	}

	/**
	 * Return the same databases with {@code ds_1} reached at another url.
	 * @param url the url of {@code ds_1}
	 * @return the new configuration
	 */
	ShardedDatabases withSecondAt(String url) {
		return write(this.vendor, this.databases, url);
	}

	/**
	 * Return the same databases under other rules.
	 * @param rules the {@code rules:} section of the engine configuration
	 * @return the new configuration
	 */
	ShardedDatabases withRules(String rules) {
		return write(this.vendor, this.databases, this.databases.get(1).url(), rules);
	}

	private static ShardedDatabases write(Vendor vendor, List<Database> databases, String secondUrl) {
		return write(vendor, databases, secondUrl, BY_CUSTOMER);
	}

	private static ShardedDatabases write(Vendor vendor, List<Database> databases, String secondUrl, String rules) {
		StringBuilder yaml = new StringBuilder("databaseName: purchases\ndataSources:\n");
		dataSource(yaml, "ds_0", databases.get(0), databases.get(0).url());
		dataSource(yaml, "ds_1", databases.get(1), secondUrl);
		yaml.append(rules);
		try {
			Path file = Files.createTempFile("multids-purchases", ".yaml");
			file.toFile().deleteOnExit();
			Files.writeString(file, yaml);
			return new ShardedDatabases(vendor, databases, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final String BY_CUSTOMER = """
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
			        type: INLINE
			        props:
			          algorithm-expression: ds_${customer_id % 2}
			""";

	private static void dataSource(StringBuilder yaml, String name, Database database, String url) {
		yaml.append("  ").append(name).append(":\n");
		yaml.append("    dataSourceClassName: com.zaxxer.hikari.HikariDataSource\n");
		yaml.append("    jdbcUrl: '").append(url).append("'\n");
		yaml.append("    username: ").append(database.server().user()).append('\n');
		yaml.append("    password: '").append(database.server().password()).append("'\n");
		yaml.append("    connectionTimeout: 2000\n");
		yaml.append("    maximumPoolSize: 4\n");
		yaml.append("    minimumIdle: 1\n");
	}

	/**
	 * Return the url of the sharded source.
	 * @return the {@code jdbc:shardingsphere:absolutepath:} url
	 */
	String url() {
		return "jdbc:shardingsphere:absolutepath:" + this.file;
	}

	/**
	 * Return the url of the sharded source on {@code classpath:sharding/purchases.yaml},
	 * whose placeholders this sets as system properties.
	 * @return the {@code jdbc:shardingsphere:classpath:} url
	 */
	String classpathUrl() throws IOException {
		List<String> lines = Files.readAllLines(this.file);
		System.setProperty("purchases.ds_0.url", this.databases.get(0).url());
		System.setProperty("purchases.ds_1.url",
				lines.stream()
					.filter((line) -> line.contains("jdbcUrl"))
					.skip(1)
					.findFirst()
					.orElseThrow()
					.replaceAll(".*jdbcUrl: '(.*)'", "$1"));
		System.setProperty("purchases.username", this.databases.get(0).server().user());
		System.setProperty("purchases.password", this.databases.get(0).server().password());
		return "jdbc:shardingsphere:classpath:sharding/purchases.yaml?placeholder-type=system_props";
	}

	/**
	 * Return the properties of an application whose one source is sharded here.
	 * @return the properties
	 */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources." + SOURCE + ".url", url());
		// No more connections of the source than each physical pool holds
		properties.put("datasources." + SOURCE + ".hikari.maximum-pool-size", "4");
		return properties;
	}

	Database shard(int index) {
		return this.databases.get(index);
	}

}
