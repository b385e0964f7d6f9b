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
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The `@Primary` `dataSource`: hands out connections of the current source, else of the
 * default source.
 * <p>
 * It is an {@link InfrastructureProxy} for the current source's pool, so that Spring's
 * transaction synchronization finds the connection of a transaction running on that
 * source: a `JdbcTemplate` over this data source joins the transaction.
 * <p>
 * Because the key it stands for changes with the current source, a connection must never
 * be bound to the transaction under this data source: Spring would release it under
 * whichever source is current when the transaction ends. When a transaction is active and
 * the current source has no connection bound yet (routed work on another source inside
 * that transaction), the connection is bound under the source's own pool instead, so that
 * it is found and released under that source whatever is current at the end.
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
		DataSource target = currentTarget();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(target)) {
			bindUnderOwnPool(target);
		}
		return target;
	}

	// Spring asks for the key before it fetches and binds a connection; binding it first,
	// with a synchronization keyed on the pool itself, leaves Spring nothing to bind
	// under
	// this data source. The connection is released when the transaction completes.
	private static void bindUnderOwnPool(DataSource target) {
		DataSourceUtils.releaseConnection(DataSourceUtils.getConnection(target), target);
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
