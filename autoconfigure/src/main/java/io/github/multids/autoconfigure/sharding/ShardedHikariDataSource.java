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
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.jdbc.SourceHikariDataSource;

/**
 * The pool of a sharded source: HikariCP over the engine's logical connections, which
 * closes the engine, and with it the physical pools, when it closes.
 *
 * @author multids
 */
final class ShardedHikariDataSource extends SourceHikariDataSource {

	private final AutoCloseable engine;

	private ShardedHikariDataSource(String source, AutoCloseable engine) {
		super(source);
		this.engine = engine;
	}

	static ShardedHikariDataSource create(SourceDefinition source, PhysicalDatabases physical) {
		ShardedSource sharded = physical.source();
		DataSource engine = createEngine(sharded, physical);
		ShardedHikariDataSource pool = new ShardedHikariDataSource(source.name(),
				(engine instanceof AutoCloseable closeable) ? closeable : () -> {
				});
		source.configurePool(pool);
		pool.setDataSource(engine);
		try (Connection connection = pool.getConnection()) {
			connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			pool.close();
			throw new DataSourceConfigurationException(
					"The sharded source '" + source.name() + "' (" + sharded.configuration()
							+ ") cannot open a connection: " + ShardingConfigurations.rootMessage(ex),
					"Check the physical databases listed in " + sharded.configuration() + ".", ex);
		}
		return pool;
	}

	private static DataSource createEngine(ShardedSource sharded, PhysicalDatabases physical) {
		try {
			return EngineYaml.createEngine(physical.dataSources(), sharded.content());
		}
		catch (SQLException | IOException | RuntimeException ex) {
			physical.close();
			throw ShardingConfigurations.invalid(sharded.name(), sharded.configuration(), ex);
		}
	}

	@Override
	public void close() {
		super.close();
		try {
			this.engine.close();
		}
		catch (Exception ex) {
			// The physical pools close with their own bean too
		}
	}

}
