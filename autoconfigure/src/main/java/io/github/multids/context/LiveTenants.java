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
package io.github.multids.context;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tenant sources of the running applications, which {@code TenantContext} asks
 * whether a tenant exists. Internal.
 *
 * @author multids
 */
public final class LiveTenants {

	private static final CopyOnWriteArrayList<TenantSource> LIVE = new CopyOnWriteArrayList<>();

	private LiveTenants() {
	}

	/**
	 * Add a tenant source of an application that started.
	 * @param source the tenant source
	 */
	public static void register(TenantSource source) {
		LIVE.add(source);
	}

	/**
	 * Remove a tenant source of an application that stopped.
	 * @param source the tenant source
	 */
	public static void unregister(TenantSource source) {
		LIVE.removeIf((candidate) -> candidate == source);
	}

	/**
	 * Return whether any tenant source has the tenant.
	 * @param tenant the tenant name
	 * @return whether it is registered somewhere
	 */
	public static boolean isRegistered(String tenant) {
		for (TenantSource source : LIVE) {
			if (source.isRegistered(tenant)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return whether a source is a tenant source of a running application.
	 * @param name the source name
	 * @return whether it is a tenant source
	 */
	public static boolean isTenantSource(String name) {
		if (LIVE.isEmpty()) {
			return false;
		}
		for (TenantSource source : LIVE) {
			if (source.source().equals(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return how many tenants the tenant sources have in all.
	 * @return the number of registrations
	 */
	public static int registeredCount() {
		int count = 0;
		for (TenantSource source : LIVE) {
			count += source.registeredCount();
		}
		return count;
	}

	/**
	 * A tenant source as {@code TenantContext} sees it.
	 */
	public interface TenantSource {

		/**
		 * Return the source name.
		 * @return the name
		 */
		String source();

		/**
		 * Return whether the tenant is registered.
		 * @param tenant the tenant
		 * @return whether it is registered
		 */
		boolean isRegistered(String tenant);

		/**
		 * Return the number of registered tenants.
		 * @return the count
		 */
		int registeredCount();

	}

}
