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
package io.github.multids.autoconfigure.binding;

import io.github.multids.DataSourceConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;

/**
 * How web requests name their tenant, bound from {@code multids.tenants.*}.
 *
 * @param header the request header that names the tenant, {@code null} for none
 * @author multids
 */
public record TenantRequestSettings(@Nullable String header) {

	/**
	 * The prefix of the settings.
	 */
	public static final String PREFIX = "multids.tenants";

	private static final String HEADER = PREFIX + ".header";

	/**
	 * Bind the settings, refusing keys multids does not read.
	 * @param environment the environment
	 * @param anyTenantSource whether a source is a tenant source
	 * @return the settings
	 */
	public static TenantRequestSettings bind(Environment environment, boolean anyTenantSource) {
		ConfigurationPropertyName known = ConfigurationPropertyName.of(HEADER);
		for (ConfigurationPropertyName name : SourceEnvironment.of(environment, java.util.Set.of(PREFIX))
			.properties(PREFIX)) {
			if (!known.equals(name)) {
				throw new DataSourceConfigurationException(
						"'" + name + "' is not a multids setting: under '" + PREFIX + "' multids reads only 'header'.",
						"Remove '" + name + "', or write '" + HEADER + "' if that was meant.");
			}
			if (!anyTenantSource) {
				throw new DataSourceConfigurationException(
						"'" + name + "' is set, but no source is a tenant source, so a request has no tenant to name.",
						"Remove '" + name + "', or put '" + TenantSettings.PLACEHOLDER
								+ "' in the url of the source that has a database per tenant.");
			}
		}
		String header = Binder.get(environment).bind(HEADER, String.class).map(String::trim).orElse(null);
		if (header != null && (header.isEmpty()
				|| !header.chars().allMatch((c) -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0))) {
			throw new DataSourceConfigurationException(
					"'" + HEADER + "' is '" + header + "', which cannot name a header.",
					"Set '" + HEADER + "' to a header name such as X-Tenant.");
		}
		return new TenantRequestSettings(header);
	}

}
