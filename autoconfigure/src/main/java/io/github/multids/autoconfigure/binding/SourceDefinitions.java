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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.multids.DataSourceConfigurationException;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;

/**
 * The sources configured under `datasources.*`, each bound once into its definition and
 * checked: valid names, every key applied or refused, one default, no package claimed
 * twice, no leftover `spring.datasource.*` connection.
 *
 * @author multids
 */
public final class SourceDefinitions {

	private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private final Map<String, SourceDefinition> sources;

	private final String defaultName;

	private final PackageRoutingRules rules;

	private SourceDefinitions(Map<String, SourceDefinition> sources, String defaultName, PackageRoutingRules rules) {
		this.sources = sources;
		this.defaultName = defaultName;
		this.rules = rules;
	}

	/**
	 * Read, check and bind the sources of the environment.
	 * @param environment the environment
	 * @param sections the sections whose library is on the classpath
	 * @param classLoader the application class loader
	 * @return the checked definitions
	 */
	public static SourceDefinitions load(Environment environment, Collection<SourceSection<?>> sections,
			ClassLoader classLoader) {
		SourceKeysCheck check = new SourceKeysCheck(sections);
		SourceEnvironment names = SourceEnvironment.of(environment, check.otherPrefixes());
		if (TestDatabaseReplacement.apply(environment, names.sourceNames(), classLoader)) {
			names = SourceEnvironment.of(environment, check.otherPrefixes());
		}
		check.checkOthers(names);
		SourceBinder binder = names.binder();
		Map<String, SourceSettings> settings = new LinkedHashMap<>();
		for (String name : names.sourceNames()) {
			checkName(name);
			names.sourceProperties(name).forEach(check::checkSource);
			settings.put(name, binder.bind(SourceEnvironment.prefixOf(name), SourceSettings.class,
					SourceDefinitions::defaultSettings));
		}
		String defaultName = determineDefault(settings);
		// Before a connection is bound: a leftover one is the mistake to name first
		check.checkLeftoverConnection(names, defaultName);
		Map<String, SourceDefinition> sources = new LinkedHashMap<>();
		for (Map.Entry<String, SourceSettings> source : settings.entrySet()) {
			String name = source.getKey();
			sources.put(name,
					bind(binder, name, source.getValue(), names.sourceProperties(name), sections, classLoader));
		}
		return new SourceDefinitions(Collections.unmodifiableMap(sources), defaultName, determineRules(settings));
	}

	private static SourceDefinition bind(SourceBinder binder, String name, SourceSettings settings,
			List<ConfigurationPropertyName> properties, Collection<SourceSection<?>> sections,
			ClassLoader classLoader) {
		PoolSettings.Bound pool = PoolSettings.bind(binder, name, classLoader);
		List<ReplicaDefinition> replicas = ReplicaSettings.bind(binder, name, properties, pool.url(), pool.pool(),
				classLoader);
		Map<String, Object> bound = new LinkedHashMap<>();
		sections.forEach((section) -> bound.put(section.key(), section.bind(binder, name)));
		TenantSettings tenants = TenantSettings.bind(binder, name, properties, pool.url(), !replicas.isEmpty());
		return new SourceDefinition(name, settings, pool, replicas, tenants,
				replicas.isEmpty() ? ReadSettings.defaults() : ReplicaSettings.bindRead(binder, name),
				SqlInitSettings.bind(binder, name, JdbcUrls.vendor(pool.url())), bound);
	}

	private static SourceSettings defaultSettings() {
		return new SourceSettings(false, List.of(), new SourceSettings.Health(true, true),
				new SourceSettings.Migrations(MigrationsAtStart.MIGRATE.value()));
	}

	private static void checkName(String name) {
		if (!VALID_NAME.matcher(name).matches()) {
			throw new DataSourceConfigurationException(
					"The source name 'datasources." + name + "' is not valid: a source name is used in bean names"
							+ " such as '" + name + "DataSource' and must be a letter followed by letters, digits"
							+ " or '_'.",
					"Rename 'datasources." + name + "' to a name such as 'orders' or 'order_events'.");
		}
	}

	private static String determineDefault(Map<String, SourceSettings> sources) {
		List<String> defaults = sources.entrySet()
			.stream()
			.filter((source) -> source.getValue().isDefault())
			.map(Map.Entry::getKey)
			.toList();
		if (defaults.size() == 1) {
			return defaults.get(0);
		}
		if (defaults.isEmpty() && sources.size() == 1) {
			return sources.keySet().iterator().next();
		}
		if (defaults.isEmpty()) {
			throw new DataSourceConfigurationException(
					"Several sources are configured " + sources.keySet() + " but none is the default.",
					"Set 'datasources.<name>.default: true' on exactly one of " + sources.keySet() + ".");
		}
		throw new DataSourceConfigurationException(
				"Several sources are marked as the default: "
						+ defaults.stream().map((name) -> "'datasources." + name + ".default'").toList() + ".",
				"Keep 'default: true' on exactly one of " + defaults + " and remove it from the others.");
	}

	private static PackageRoutingRules determineRules(Map<String, SourceSettings> sources) {
		Map<String, String> sourceByPackage = new LinkedHashMap<>();
		sources.forEach((name, source) -> {
			for (String pkg : source.packages()) {
				String claimed = sourceByPackage.putIfAbsent(pkg.trim(), name);
				if (claimed != null && !claimed.equals(name)) {
					throw new DataSourceConfigurationException(
							"The package '" + pkg + "' is claimed by two sources: 'datasources." + claimed
									+ ".packages' and 'datasources." + name + ".packages'.",
							"Keep '" + pkg + "' under one source only; use a more specific sub-package for the"
									+ " other, or annotate its classes with @UseDataSource.");
				}
			}
		});
		return new PackageRoutingRules(sourceByPackage);
	}

	/**
	 * Return the source names in configuration order.
	 * @return the names
	 */
	public Set<String> names() {
		return this.sources.keySet();
	}

	/**
	 * Return the definition of a source.
	 * @param name the source name
	 * @return the definition
	 */
	public SourceDefinition get(String name) {
		return this.sources.get(name);
	}

	/**
	 * Return the definitions in configuration order.
	 * @return the definitions
	 */
	public Collection<SourceDefinition> all() {
		return this.sources.values();
	}

	/**
	 * Return the default source name.
	 * @return the default name
	 */
	public String defaultName() {
		return this.defaultName;
	}

	/**
	 * Return the package rules.
	 * @return the rules
	 */
	public PackageRoutingRules rules() {
		return this.rules;
	}

}
