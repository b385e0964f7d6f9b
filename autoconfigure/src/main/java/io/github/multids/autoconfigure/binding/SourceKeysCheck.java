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

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.github.multids.DataSourceConfigurationException;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;

/**
 * Checks every key a user wrote for the sources: under `datasources.<name>`, the
 * `spring.*` defaults of each section, and the `spring.datasource.*` keys that multids
 * replaces.
 *
 * @author multids
 */
final class SourceKeysCheck {

	private static final String SPRING_DATASOURCE = "spring.datasource";

	// The keys of Spring Boot's own pool; other libraries keep keys under
	// spring.datasource too (dynamic-datasource's 'dynamic.*'), which are theirs
	private static final Set<String> REPLACED_KEYS = Set.of("url", "username", "password", "driverclassname",
			"jndiname", "hikari");

	private final SourceKeys sourceKeys;

	private final Map<String, SourceKeys> defaultKeys = new LinkedHashMap<>();

	SourceKeysCheck(Collection<SourceSection<?>> sections) {
		SourceKeys.Builder keys = SourceKeys.builder()
			.values("default", "packages")
			.group("health", SourceKeys.builder().values("enabled", "critical").build())
			.group("migrations", SourceKeys.builder().values("at-start").build())
			.group("sql", SqlInitSettings.keys())
			.include(PoolSettings.keys())
			.include(ReplicaSettings.keys())
			.include(TenantSettings.keys())
			.refuse("jndi-name", "the pool of a source is always a HikariCP pool that multids builds.",
					"Remove the key and set 'url', 'username' and 'password' of the source instead.")
			.refuse("type", "the pool of a source is always HikariCP.",
					"Remove the key; tune the pool under 'hikari.*' of the source.")
			.refuse("xa", "multids does not build XA data sources.",
					"Remove the 'xa.*' keys; each source commits on its own transaction manager.")
			.refuse("name", "a source is named by its key under 'datasources'.", "Remove the key.")
			.refuse("generate-unique-name", "an embedded source's database is named after the source.",
					"Remove the key.")
			.refuse("embedded-database-connection", "a source without 'url' is always an embedded H2 database.",
					"Remove the key, or set the source's 'url'.");
		for (SourceSection<?> section : sections) {
			keys.group(section.key(), section.keys());
			this.defaultKeys.put(section.defaultsPrefix(), section.defaultKeys());
		}
		this.sourceKeys = keys.build();
	}

	Set<String> otherPrefixes() {
		Set<String> prefixes = new LinkedHashSet<>(this.defaultKeys.keySet());
		prefixes.add(SPRING_DATASOURCE);
		return prefixes;
	}

	void checkSource(ConfigurationPropertyName name) {
		if (name.getNumberOfElements() > 2) {
			this.sourceKeys.check(name, 2);
		}
	}

	void checkOthers(SourceEnvironment environment) {
		this.defaultKeys.forEach((prefix, keys) -> {
			int start = ConfigurationPropertyName.of(prefix).getNumberOfElements();
			environment.properties(prefix).forEach((name) -> keys.check(name, start));
		});
	}

	void checkLeftoverConnection(SourceEnvironment environment, String defaultName) {
		for (ConfigurationPropertyName name : environment.properties(SPRING_DATASOURCE)) {
			String key = name.getElement(2, Form.UNIFORM);
			if (REPLACED_KEYS.contains(key)) {
				throw leftover(name, defaultName, key, name.getElement(2, Form.DASHED));
			}
		}
	}

	private static DataSourceConfigurationException leftover(ConfigurationPropertyName name, String defaultName,
			String key, String dashed) {
		String action = switch (key) {
			case "jndiname" -> "Remove '" + name + "'; multids builds a HikariCP pool for each source from"
					+ " 'datasources.<name>.url', 'username' and 'password'.";
			case "hikari" -> "Move the setting to 'datasources." + defaultName + ".hikari.*' (or the same key of"
					+ " another source), and remove '" + name + "'.";
			default -> "Move the setting to 'datasources." + defaultName + "." + dashed
					+ "' (or the same key of another source), and remove '" + name + "'.";
		};
		return new DataSourceConfigurationException("'" + name + "' is set, but with 'datasources.*' configured"
				+ " multids builds every data source and Spring Boot's 'spring.datasource.*' connection would be"
				+ " ignored.", action);
	}

}
