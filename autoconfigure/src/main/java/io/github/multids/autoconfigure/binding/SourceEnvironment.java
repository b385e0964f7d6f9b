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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * The property names of an environment that multids reads or checks, found in one pass
 * over its property sources, and a binder for their values.
 *
 * @author multids
 */
public final class SourceEnvironment {

	/**
	 * Prefix of the source configuration.
	 */
	public static final String PREFIX = "datasources";

	private static final ConfigurationPropertyName PREFIX_NAME = ConfigurationPropertyName.of(PREFIX);

	private final Environment environment;

	private final Map<String, List<ConfigurationPropertyName>> sourceProperties = new LinkedHashMap<>();

	private final Map<ConfigurationPropertyName, List<ConfigurationPropertyName>> otherProperties = new LinkedHashMap<>();

	private SourceEnvironment(Environment environment, Set<ConfigurationPropertyName> otherPrefixes) {
		this.environment = environment;
		otherPrefixes.forEach((prefix) -> this.otherProperties.put(prefix, new ArrayList<>()));
		for (ConfigurationPropertyName name : names(environment)) {
			if (PREFIX_NAME.isAncestorOf(name)) {
				this.sourceProperties.computeIfAbsent(name.getElement(1, Form.ORIGINAL), (key) -> new ArrayList<>())
					.add(name);
			}
			else {
				otherPrefixes.stream()
					.filter((prefix) -> prefix.isAncestorOf(name))
					.forEach((prefix) -> this.otherProperties.get(prefix).add(name));
			}
		}
	}

	/**
	 * Read the names under `datasources` and under the given prefixes.
	 * @param environment the environment
	 * @param otherPrefixes further prefixes whose property names are needed
	 * @return the names found
	 */
	public static SourceEnvironment of(Environment environment, Set<String> otherPrefixes) {
		Set<ConfigurationPropertyName> prefixes = new LinkedHashSet<>();
		otherPrefixes.forEach((prefix) -> prefixes.add(ConfigurationPropertyName.of(prefix)));
		return new SourceEnvironment(environment, prefixes);
	}

	/**
	 * Return the prefix of one source's keys.
	 * @param source the source name
	 * @return `datasources.<source>`
	 */
	public static String prefixOf(String source) {
		return PREFIX + "." + source;
	}

	/**
	 * Return whether any `datasources.*` property is set.
	 * @param environment the environment
	 * @return whether multids is configured
	 */
	public static boolean isConfigured(Environment environment) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable
					&& iterable.stream().anyMatch(PREFIX_NAME::isAncestorOf)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return whether a source has `replicas.*` set.
	 * @param environment the environment
	 * @return whether any source has replicas
	 */
	public static boolean hasReplicas(Environment environment) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable && iterable.stream()
				.anyMatch((name) -> PREFIX_NAME.isAncestorOf(name) && name.getNumberOfElements() > 3
						&& "replicas".equals(name.getElement(2, Form.UNIFORM)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return whether a source's url holds {@code {tenant}}.
	 * @param environment the environment
	 * @return whether any source is a tenant source
	 */
	public static boolean hasTenantSources(Environment environment) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable && iterable.stream()
				.anyMatch((name) -> PREFIX_NAME.isAncestorOf(name) && name.getNumberOfElements() == 3
						&& "url".equals(name.getElement(2, Form.UNIFORM)) && TenantSettings
							.isTemplate(String.valueOf(source.getConfigurationProperty(name).getValue())))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return the names of the configured sources, in the order they first appear.
	 * @return the source names
	 */
	public Set<String> sourceNames() {
		return this.sourceProperties.keySet();
	}

	/**
	 * Return the property names of one source.
	 * @param source the source name
	 * @return the names under `datasources.<source>`
	 */
	public List<ConfigurationPropertyName> sourceProperties(String source) {
		return this.sourceProperties.getOrDefault(source, List.of());
	}

	/**
	 * Return the property names set under one of the prefixes asked for.
	 * @param prefix the prefix
	 * @return the names
	 */
	public List<ConfigurationPropertyName> properties(String prefix) {
		return this.otherProperties.getOrDefault(ConfigurationPropertyName.of(prefix), List.of());
	}

	/**
	 * Return a binder for the environment. A source written as `scratch: {}` appears as
	 * an empty `datasources.scratch` value, which this binder leaves out so that the
	 * source binds as all defaults.
	 * @return the binder
	 */
	public SourceBinder binder() {
		List<ConfigurationPropertySource> sources = new ArrayList<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			sources.add(source.filter((name) -> !isSourceItself(name)));
		}
		return new SourceBinder(new Binder(sources, new PropertySourcesPlaceholdersResolver(this.environment)));
	}

	private static boolean isSourceItself(ConfigurationPropertyName name) {
		return name.getNumberOfElements() == 2 && PREFIX_NAME.isAncestorOf(name);
	}

	private static Set<ConfigurationPropertyName> names(Environment environment) {
		Set<ConfigurationPropertyName> names = new LinkedHashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream().forEach(names::add);
			}
		}
		return names;
	}

}
