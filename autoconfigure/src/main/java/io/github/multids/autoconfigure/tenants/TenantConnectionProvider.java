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
import java.sql.SQLException;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hibernate's connections of a tenant source's EntityManagerFactory: those of the
 * session's tenant, from its pool.
 *
 * @author multids
 */
public final class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

	private static final long serialVersionUID = 1L;

	private final transient TenantPools pools;

	/**
	 * Create the provider of a tenant source.
	 * @param pools the source's tenant pools
	 */
	public TenantConnectionProvider(TenantPools pools) {
		this.pools = pools;
	}

	@Override
	public Connection getAnyConnection() throws SQLException {
		return this.pools.getAnyConnection();
	}

	@Override
	public void releaseAnyConnection(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public Connection getConnection(String tenant) throws SQLException {
		if (TenantIdentifierResolver.NO_TENANT.equals(tenant)) {
			throw this.pools.noTenant();
		}
		return this.pools.getConnection(tenant);
	}

	@Override
	public void releaseConnection(String tenant, Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public boolean supportsAggressiveRelease() {
		return false;
	}

	@Override
	public boolean isUnwrappableAs(Class<?> unwrapType) {
		return unwrapType.isInstance(this) || unwrapType.isInstance(this.pools);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T unwrap(Class<T> unwrapType) {
		if (unwrapType.isInstance(this)) {
			return (T) this;
		}
		if (unwrapType.isInstance(this.pools)) {
			return (T) this.pools;
		}
		throw new IllegalArgumentException("Cannot unwrap " + getClass().getName() + " as " + unwrapType.getName());
	}

}
