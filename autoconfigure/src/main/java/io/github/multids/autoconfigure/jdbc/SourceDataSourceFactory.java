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

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.ReplicaDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Builds the HikariCP pool of one source from its definition.
 *
 * @author multids
 */
public final class SourceDataSourceFactory {

	private static final Log logger = LogFactory.getLog(SourceDataSourceFactory.class);

	private static final long HIKARI_DEFAULT_FAIL_TIMEOUT = 1;

	private final StartupConnectivity connectivity;

	public SourceDataSourceFactory(StartupConnectivity connectivity) {
		this.connectivity = connectivity;
	}

	/**
	 * Create the pool of a source and open its first connection; its pool name is the
	 * source name. An unreachable critical source fails startup naming the source; an
	 * optional one gets a pool that starts empty and connects once its database is back.
	 * @param source the source
	 * @return the pool
	 */
	public SourceHikariDataSource create(SourceDefinition source) {
		String name = source.name();
		SourceHikariDataSource dataSource = new SourceHikariDataSource(name);
		source.configurePool(dataSource);
		if (source.isCritical()) {
			connect(name, dataSource);
			return dataSource;
		}
		if (dataSource.getInitializationFailTimeout() == HIKARI_DEFAULT_FAIL_TIMEOUT) {
			dataSource.setInitializationFailTimeout(-1);
		}
		this.connectivity.record(name, tryConnect(name, dataSource));
		return dataSource;
	}

	/**
	 * Create the pool of a read replica. It connects on first use: a replica that cannot
	 * be reached at startup serves no reads until it is back, and fails nothing.
	 * @param replica the replica
	 * @return the pool, named `<n>.<r>`
	 */
	public HikariDataSource createReplica(ReplicaDefinition replica) {
		HikariDataSource dataSource = new HikariDataSource();
		replica.configurePool(dataSource);
		if (dataSource.getInitializationFailTimeout() == HIKARI_DEFAULT_FAIL_TIMEOUT) {
			dataSource.setInitializationFailTimeout(-1);
		}
		return dataSource;
	}

	private boolean tryConnect(String name, HikariDataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Optional source '" + name + "' cannot be reached at " + JdbcUrls.mask(dataSource.getJdbcUrl())
					+ " (" + rootMessage(ex) + "); the application starts without it and uses it once it is back");
			return false;
		}
	}

	private void connect(String name, HikariDataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			dataSource.close();
			throw new DataSourceConfigurationException(
					"The database of source '" + name + "' cannot be reached at "
							+ JdbcUrls.mask(dataSource.getJdbcUrl()) + " as user '" + dataSource.getUsername() + "': "
							+ rootMessage(ex),
					"Check that the database is running and that 'datasources." + name + ".url', '.username' and"
							+ " '.password' are right.",
					ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
