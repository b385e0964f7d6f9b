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

package io.github.multids.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * Reads the `datasources.*` properties of an environment: which sources are named, and a
 * binder for their keys.
 *
 * @author multids
 */
public final class SourcePropertySources {

	private static final ConfigurationPropertyName PREFIX_NAME = ConfigurationPropertyName.of(SourcesModel.PREFIX);

	private SourcePropertySources() {
	}

	/**
	 * Return whether any `datasources.*` property is set.
	 * @param environment the environment
	 * @return whether multids is configured
	 */
	public static boolean isConfigured(Environment environment) {
		return !sourceNames(environment).isEmpty();
	}

	/**
	 * Return a binder for the sources' properties. A source written as `scratch: {}`
	 * appears as an empty `datasources.scratch` value, which this binder leaves out so
	 * that the source binds as all defaults.
	 * @param environment the environment
	 * @return the binder
	 */
	public static Binder binder(Environment environment) {
		List<ConfigurationPropertySource> sources = new ArrayList<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			sources.add(source.filter((name) -> !isSourceItself(name)));
		}
		return new Binder(sources, new PropertySourcesPlaceholdersResolver(environment));
	}

	private static boolean isSourceItself(ConfigurationPropertyName name) {
		return name.getNumberOfElements() == 2 && PREFIX_NAME.isAncestorOf(name);
	}

	static Stream<ConfigurationPropertyName> propertyNames(Environment environment) {
		Stream<ConfigurationPropertyName> names = Stream.empty();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				names = Stream.concat(names, iterable.stream().filter(PREFIX_NAME::isAncestorOf).toList().stream());
			}
		}
		return names;
	}

	static Set<String> sourceNames(Environment environment) {
		Set<String> names = new LinkedHashSet<>();
		propertyNames(environment).forEach((name) -> names.add(name.getElement(1, Form.ORIGINAL)));
		return names;
	}

}
