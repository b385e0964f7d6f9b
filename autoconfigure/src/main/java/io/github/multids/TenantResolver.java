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

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Decides the tenant of a web request, when {@code multids.tenants.header} is not enough
 * (a sub-domain, a path segment, a claim of the authenticated user). The tenant it
 * returns is current, as by {@link TenantContext#run}, for the whole request; a request
 * naming an unknown tenant is answered 404 without reaching the application.
 *
 * @author multids
 * @since 0.4.0
 */
@FunctionalInterface
public interface TenantResolver {

	/**
	 * Return the tenant of a request.
	 * @param request the request
	 * @return the tenant name, or {@code null} for a request of no tenant
	 */
	@Nullable String resolve(HttpServletRequest request);

}
