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
package io.github.multids;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when work names a tenant that is not registered on a tenant source (or on any
 * tenant source). multids never falls back to another tenant's database. The message
 * names the tenant and the source, never a url.
 *
 * @author multids
 * @since 0.4.0
 */
public class UnknownTenantException extends IllegalArgumentException {

	private final String tenant;

	private final @Nullable String source;

	/**
	 * Create an exception for a tenant unknown to a source, or to every tenant source.
	 * @param tenant the tenant asked for
	 * @param source the tenant source, {@code null} when no tenant source knows it
	 * @param registered how many tenants are registered there
	 */
	public UnknownTenantException(String tenant, @Nullable String source, int registered) {
		super("No tenant named '" + tenant + "' is registered"
				+ ((source != null) ? " on tenant source '" + source + "'" : " on any tenant source") + " ("
				+ registered + " tenant" + ((registered == 1) ? " is" : "s are")
				+ " registered); register it with the source's"
				+ " TenantRegistry or under 'datasources.<name>.tenants.names'");
		this.tenant = tenant;
		this.source = source;
	}

	/**
	 * Return the tenant that was asked for.
	 * @return the unknown tenant
	 */
	public String getTenant() {
		return this.tenant;
	}

	/**
	 * Return the tenant source that does not know the tenant.
	 * @return the source name, {@code null} when no tenant source knows it
	 */
	public @Nullable String getSource() {
		return this.source;
	}

}
