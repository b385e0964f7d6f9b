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

import java.util.Optional;
import java.util.concurrent.Callable;

import io.github.multids.context.LiveTenants;
import io.github.multids.context.SourceTransactions;
import io.github.multids.context.TenantStack;

/**
 * The current tenant of this thread: a stack that these methods, the web request filter
 * ({@code multids.tenants.header} or a {@link TenantResolver}) and task decorators push
 * and pop. Tenant sources, their repositories, {@code JdbcClient} and transactions serve
 * the tenant on top.
 *
 * @author multids
 * @since 0.4.0
 */
public final class TenantContext {

	private TenantContext() {
	}

	/**
	 * Run the action with the tenant current, restoring the previous one after.
	 * @param tenant the tenant name
	 * @param action the action to run
	 * @throws UnknownTenantException if no tenant source has that tenant
	 * @throws IllegalStateException inside a transaction that a tenant source holds for
	 * another tenant
	 */
	public static void run(String tenant, Runnable action) {
		TenantStack stack = TenantStack.current();
		stack.push(requireRegistered(tenant));
		try {
			action.run();
		}
		finally {
			stack.pop();
		}
	}

	/**
	 * Call the callable with the tenant current, restoring the previous one after.
	 * @param <T> the result type
	 * @param tenant the tenant name
	 * @param callable the callable
	 * @return the callable's result
	 * @throws UnknownTenantException if no tenant source has that tenant
	 * @throws IllegalStateException inside a transaction that a tenant source holds for
	 * another tenant
	 * @throws Exception the callable's exception, unchanged
	 */
	public static <T> T call(String tenant, Callable<T> callable) throws Exception {
		TenantStack stack = TenantStack.current();
		stack.push(requireRegistered(tenant));
		try {
			return callable.call();
		}
		finally {
			stack.pop();
		}
	}

	/**
	 * Return the tenant current on this thread, empty when none is.
	 * @return the current tenant, if any
	 */
	public static Optional<String> current() {
		return Optional.ofNullable(TenantStack.current().peek());
	}

	private static String requireRegistered(String tenant) {
		if (tenant == null || !LiveTenants.isRegistered(tenant)) {
			throw new UnknownTenantException(String.valueOf(tenant), null, LiveTenants.registeredCount());
		}
		SourceTransactions.checkTenant(tenant);
		return tenant;
	}

}
