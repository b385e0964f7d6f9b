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

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.shardingsphere.driver.api.yaml.YamlShardingSphereDataSourceFactory;
import org.apache.shardingsphere.driver.yaml.YamlJDBCConfiguration;
import org.apache.shardingsphere.infra.url.core.ShardingSphereURL;
import org.apache.shardingsphere.infra.url.core.ShardingSphereURLLoadEngine;
import org.apache.shardingsphere.infra.util.yaml.YamlEngine;
import org.apache.shardingsphere.infra.yaml.config.pojo.rule.YamlRuleConfiguration;
import org.apache.shardingsphere.infra.yaml.config.swapper.resource.YamlDataSourceConfigurationSwapper;
import org.apache.shardingsphere.sharding.yaml.config.YamlShardingRuleConfiguration;

/**
 * The only class that touches Apache ShardingSphere-JDBC: it loads an engine
 * configuration as the engine's own driver would, and creates the physical pools and the
 * engine from it, so nothing else loads when the engine is absent.
 *
 * @author multids
 */
final class EngineYaml {

	private EngineYaml() {
	}

	static byte[] load(String configuration) {
		return new ShardingSphereURLLoadEngine(ShardingSphereURL.parse(configuration)).loadContent();
	}

	static List<ShardedSource.PhysicalDatabase> databases(byte[] content) throws IOException {
		List<ShardedSource.PhysicalDatabase> databases = new ArrayList<>();
		parse(content).getDataSources()
			.forEach((name, properties) -> databases.add(new ShardedSource.PhysicalDatabase(name,
					String.valueOf(properties.getOrDefault("jdbcUrl", properties.get("url"))))));
		return databases;
	}

	static List<String> tables(byte[] content) throws IOException {
		List<String> tables = new ArrayList<>();
		for (YamlRuleConfiguration rule : parse(content).getRules()) {
			if (rule instanceof YamlShardingRuleConfiguration sharding) {
				tables.addAll(sharding.getTables().keySet());
				tables.addAll(sharding.getAutoTables().keySet());
			}
		}
		return tables;
	}

	// Without the engine's global cache, which would hand the pools of one source to
	// another that names a physical database the same way
	static Map<String, DataSource> createPools(byte[] content) throws IOException {
		return new YamlDataSourceConfigurationSwapper().swapToDataSources(parse(content).getDataSources(), false);
	}

	static DataSource createEngine(Map<String, DataSource> pools, byte[] content) throws SQLException, IOException {
		return YamlShardingSphereDataSourceFactory.createDataSource(pools, content);
	}

	private static YamlJDBCConfiguration parse(byte[] content) throws IOException {
		return YamlEngine.unmarshal(content, YamlJDBCConfiguration.class);
	}

}
