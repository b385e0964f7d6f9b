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

import java.util.Collection;

/**
 * Tenants an application registers at startup from elsewhere than its configuration (for
 * example, read from another source's database). Every {@code TenantProvider} bean is
 * asked for each tenant source; its tenants are registered, and migrated, as those of
 * {@code datasources.<name>.tenants.names} are, before the application serves.
 *
 * @author multids
 * @since 0.4.0
 */
@FunctionalInterface
public interface TenantProvider {

	/**
	 * Return the tenants to register on a tenant source at startup.
	 * @param source the name of the tenant source
	 * @return the tenant names, empty for none
	 */
	Collection<String> tenants(String source);

}
