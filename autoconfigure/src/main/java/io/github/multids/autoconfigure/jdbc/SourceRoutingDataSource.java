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
package io.github.multids.autoconfigure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import io.github.multids.autoconfigure.routing.SourceTargets;

import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The `@Primary` `dataSource`: hands out connections of the current source, else of the
 * default source.
 * <p>
 * It is an {@link InfrastructureProxy} for the current source's pool, so that Spring's
 * transaction synchronization finds the connection of a transaction running on that
 * source: a `JdbcTemplate` over this data source joins the transaction.
 *
 * @author multids
 */
public class SourceRoutingDataSource extends AbstractDataSource implements InfrastructureProxy {

	private final SourceTargets<DataSource> targets;

	public SourceRoutingDataSource(Map<String, DataSource> targets, String defaultName) {
		this.targets = new SourceTargets<>(targets, defaultName);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return currentTarget().getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return currentTarget().getConnection(username, password);
	}

	@Override
	public Object getWrappedObject() {
		return currentTarget();
	}

	// unwrap() and isWrapperFor() stay those of AbstractDataSource (this instance only):
	// unwrapping to the current pool would let pool metrics and health count the default
	// pool a second time under the routing bean's name.

	/**
	 * Return the pool of the current source, else of the default source.
	 * @return the target pool
	 */
	public DataSource currentTarget() {
		return this.targets.current();
	}

}
