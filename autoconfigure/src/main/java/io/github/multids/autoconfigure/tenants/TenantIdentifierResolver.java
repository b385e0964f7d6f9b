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

import io.github.multids.context.TenantStack;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * The tenant of a session Hibernate opens on a tenant source: the current one of the
 * thread. Sessions opened with none current (Spring Data opens some at startup) get a
 * marker that no tenant can be named, so that their first connection fails naming the
 * source instead of reaching any tenant's database.
 *
 * @author multids
 */
public final class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

	/**
	 * The tenant of a session opened with no tenant current: not a valid tenant name.
	 */
	public static final String NO_TENANT = "<no tenant>";

	@Override
	public String resolveCurrentTenantIdentifier() {
		String tenant = TenantStack.current().peek();
		return (tenant != null) ? tenant : NO_TENANT;
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

}
