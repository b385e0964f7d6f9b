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

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.multids.DataSourceConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;

/**
 * The {@code tenants.*} settings of a tenant source: a source whose url holds
 * {@code {tenant}}, with a database per tenant.
 *
 * @param names the tenants registered at startup
 * @param maxOpen how many tenant pools are open at once
 * @param idleTimeout how long a tenant pool stays open with no work
 * @author multids
 */
public record TenantSettings(@DefaultValue List<String> names, @DefaultValue("100") int maxOpen,
		@DefaultValue("10m") Duration idleTimeout) {

	/**
	 * The placeholder that makes a source a tenant source.
	 */
	public static final String PLACEHOLDER = "{tenant}";

	// Nothing that could change a url's meaning (separators, parameters, quotes)
	private static final Pattern VALID_TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");

	static SourceKeys keys() {
		return SourceKeys.builder()
			.group("tenants", SourceKeys.builder().values("names", "max-open", "idle-timeout").build())
			.build();
	}

	/**
	 * Return whether a url is that of a tenant source.
	 * @param url the source's url
	 * @return whether it holds {@code {tenant}}
	 */
	public static boolean isTemplate(@Nullable String url) {
		return url != null && url.contains(PLACEHOLDER);
	}

	/**
	 * Return the problem with a tenant name, if any.
	 * @param tenant the name
	 * @return why it is not valid, {@code null} when it is
	 */
	public static @Nullable String problem(@Nullable String tenant) {
		if (tenant == null || !VALID_TENANT.matcher(tenant).matches()) {
			return "a tenant name is 1 to 63 letters, digits, '_' or '-', starting with a letter or digit, so that"
					+ " it cannot change the meaning of the url it is put in";
		}
		return null;
	}

	/**
	 * Return the url of a tenant's database.
	 * @param template the source's url
	 * @param tenant the tenant, already checked
	 * @return the url
	 */
	public static String url(String template, String tenant) {
		return template.replace(PLACEHOLDER, tenant);
	}

	static @Nullable TenantSettings bind(SourceBinder binder, String source, List<ConfigurationPropertyName> properties,
			@Nullable String url, boolean replicas) {
		String prefix = SourceEnvironment.prefixOf(source);
		if (!isTemplate(url)) {
			for (ConfigurationPropertyName name : properties) {
				if (name.getNumberOfElements() > 2 && "tenants".equals(name.getElement(2, Form.UNIFORM))) {
					throw new DataSourceConfigurationException(
							"'" + name + "' is set, but the url of source '" + source + "' has no '" + PLACEHOLDER
									+ "', so it is not a tenant source.",
							"Put '" + PLACEHOLDER + "' where the tenant's database name goes in '" + prefix
									+ ".url' (for example jdbc:postgresql://db:5432/tenant_" + PLACEHOLDER
									+ "), or remove '" + prefix + ".tenants'.");
				}
			}
			return null;
		}
		if (replicas) {
			throw new DataSourceConfigurationException(
					"'" + prefix + ".replicas' is set, but source '" + source + "' is a tenant source (its url holds '"
							+ PLACEHOLDER + "').",
					"Remove '" + prefix + ".replicas'; replicas of tenant databases are not supported.");
		}
		if (JdbcUrls.isSharded(url)) {
			throw new DataSourceConfigurationException(
					"The url of source '" + source + "' is both a sharded source's and holds '" + PLACEHOLDER + "'.",
					"Remove '" + PLACEHOLDER + "' from '" + prefix + ".url'.");
		}
		TenantSettings settings = binder.bind(prefix + ".tenants", TenantSettings.class,
				() -> new TenantSettings(List.of(), 100, Duration.ofMinutes(10)));
		if (settings.maxOpen() < 1) {
			throw new DataSourceConfigurationException(
					"'" + prefix + ".tenants.max-open' is " + settings.maxOpen() + ", but at least one tenant pool"
							+ " must be able to open.",
					"Set '" + prefix + ".tenants.max-open' to 1 or more (the default is 100).");
		}
		if (settings.idleTimeout().isNegative() || settings.idleTimeout().isZero()) {
			throw new DataSourceConfigurationException(
					"'" + prefix + ".tenants.idle-timeout' is " + settings.idleTimeout() + ", which is not a positive"
							+ " duration.",
					"Set '" + prefix + ".tenants.idle-timeout' to a duration such as 10m (the default).");
		}
		Set<String> names = new LinkedHashSet<>();
		for (String tenant : settings.names()) {
			String problem = problem(tenant);
			if (problem != null) {
				throw new DataSourceConfigurationException("'" + prefix + ".tenants.names' lists '" + tenant
						+ "', which is not a valid tenant name: " + problem + ".",
						"Rename the tenant in '" + prefix + ".tenants.names'.");
			}
			names.add(tenant);
		}
		return new TenantSettings(List.copyOf(names), settings.maxOpen(), settings.idleTimeout());
	}

}
