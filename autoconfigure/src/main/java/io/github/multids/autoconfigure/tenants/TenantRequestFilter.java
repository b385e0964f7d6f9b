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

import java.io.IOException;

import io.github.multids.TenantResolver;
import io.github.multids.autoconfigure.binding.TenantSettings;
import io.github.multids.context.LiveTenants;
import io.github.multids.context.TenantStack;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the tenant a request names current for the request: through the application's
 * {@link TenantResolver}, else the {@code multids.tenants.header} header. A request that
 * names an unknown tenant is answered 404 (400 for a name no tenant can have) before it
 * reaches the application. Runs right after Spring Security's filter chain, so that a
 * resolver can read the authenticated user.
 *
 * @author multids
 */
public final class TenantRequestFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * The order of the filter: after Spring Security's (-100).
	 */
	public static final int ORDER = -90;

	private final @Nullable TenantResolver resolver;

	private final @Nullable String header;

	/**
	 * Create the filter.
	 * @param resolver the application's resolver, if any
	 * @param header the header that names the tenant, if any
	 */
	public TenantRequestFilter(@Nullable TenantResolver resolver, @Nullable String header) {
		this.resolver = resolver;
		this.header = header;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String tenant = tenant(request);
		if (tenant == null || tenant.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (TenantSettings.problem(tenant) != null) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Not a valid tenant name");
			return;
		}
		if (!LiveTenants.isRegistered(tenant)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND, "Unknown tenant");
			return;
		}
		TenantStack stack = TenantStack.current();
		stack.push(tenant);
		try {
			chain.doFilter(request, response);
		}
		finally {
			stack.pop();
		}
	}

	private @Nullable String tenant(HttpServletRequest request) {
		String tenant = (this.resolver != null) ? this.resolver.resolve(request) : null;
		if (tenant == null && this.header != null) {
			tenant = request.getHeader(this.header);
		}
		return (tenant != null) ? tenant.trim() : null;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
