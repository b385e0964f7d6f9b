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
package io.github.multids.autoconfigure.sharding;

import io.github.multids.DataSourceConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ShardingConfigurations}.
 *
 * @author multids
 */
class ShardingConfigurationsTests {

	private final ClassLoader classLoader = getClass().getClassLoader();

	@Test
	void readsThePhysicalDatabasesAndTheShardedTablesOfBothKinds() {
		ShardedSource source = ShardingConfigurations.read("orders", "classpath:sharding/two-shards.yaml",
				this.classLoader);
		assertThat(source.databases()).extracting(ShardedSource.PhysicalDatabase::name).containsExactly("ds_0", "ds_1");
		assertThat(source.databases()).extracting(ShardedSource.PhysicalDatabase::vendor)
			.containsExactly("postgresql", "mysql");
		assertThat(source.tables()).containsExactly("purchase_order", "invoice");
		assertThat(source.configuration()).isEqualTo("classpath:sharding/two-shards.yaml");
	}

	@Test
	void missingClasspathFileFailsNamingSourceAndFile() {
		assertThatExceptionOfType(DataSourceConfigurationException.class)
			.isThrownBy(() -> ShardingConfigurations.read("orders", "classpath:sharding/none.yaml", this.classLoader))
			.withMessage("The ShardingSphere configuration classpath:sharding/none.yaml of sharded source 'orders'"
					+ " does not exist.");
	}

	@Test
	void missingFileBehindQueryFailsWithoutTheQuery() {
		assertThatExceptionOfType(DataSourceConfigurationException.class)
			.isThrownBy(() -> ShardingConfigurations.read("orders",
					"absolutepath:/nonexistent/orders.yaml?placeholder-type=environment", this.classLoader))
			.withMessageContaining("absolutepath:/nonexistent/orders.yaml of sharded source 'orders'");
	}

	@Test
	void fileWithoutDataSourcesFailsSayingWhatToList() {
		assertThatExceptionOfType(DataSourceConfigurationException.class).isThrownBy(
				() -> ShardingConfigurations.read("orders", "classpath:sharding/no-datasources.yaml", this.classLoader))
			.withMessageContaining("lists no physical database under 'dataSources'")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("classpath:sharding/no-datasources.yaml"));
	}

}
