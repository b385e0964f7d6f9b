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

import java.util.Set;

/**
 * The tenants of a tenant source (a source whose url holds {@code {tenant}}). One bean
 * per tenant source, named {@code <name>TenantRegistry} and qualified {@code <name>}.
 * <p>
 * Registering runs the source's migrations on the tenant's database before the tenant
 * serves; a tenant whose migration fails stays unregistered. Pools open on first use and
 * close when idle, so registering a tenant opens no connection beyond its migration.
 *
 * @author multids
 * @since 0.4.0
 */
public interface TenantRegistry {

	/**
	 * Return the name of the tenant source.
	 * @return the source name
	 */
	String source();

	/**
	 * Register a tenant whose database url is the source's url with {@code {tenant}}
	 * replaced by the tenant name; registering a registered tenant again does nothing.
	 * @param tenant the tenant name: letters, digits, {@code _} and {@code -}, starting
	 * with a letter or digit, at most 63 characters
	 * @throws IllegalArgumentException if the name is not valid
	 * @throws IllegalStateException if the tenant's migrations fail; it is not registered
	 */
	void register(String tenant);

	/**
	 * Register a tenant whose database is at its own url (same driver, credentials and
	 * pool settings as the source).
	 * @param tenant the tenant name
	 * @param url the JDBC url of the tenant's database
	 * @throws IllegalArgumentException if the name is not valid, or the tenant is
	 * registered with another url
	 * @throws IllegalStateException if the tenant's migrations fail; it is not registered
	 */
	void register(String tenant, String url);

	/**
	 * Remove a tenant: new work for it fails with {@link UnknownTenantException}, work in
	 * progress is waited for (up to the pool's connection timeout), then its pool closes.
	 * @param tenant the tenant name
	 * @return whether the tenant was registered
	 */
	boolean remove(String tenant);

	/**
	 * Return the registered tenants.
	 * @return the tenant names, in registration order
	 */
	Set<String> tenants();

}
