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

package io.github.multids.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * The property source through which a test's own databases reach multids sources.
 * <p>
 * multids' support of {@code @AutoConfigureTestDatabase} keeps every source whose url
 * comes from this property source instead of replacing it with an embedded database.
 *
 * @author multids
 * @since 0.1.0
 */
public final class SourceConnections {

	/**
	 * Name of the property source, first in the environment, that holds the
	 * {@code datasources.<name>.*} properties of the sources a test connected.
	 */
	public static final String PROPERTY_SOURCE_NAME = "multidsSourceConnections";

	private SourceConnections() {
	}

	/**
	 * Return the properties that connect a source to a database.
	 * @param source the source name
	 * @param url the JDBC url
	 * @param username the user name
	 * @param password the password
	 * @param driverClassName the JDBC driver class
	 * @return the {@code datasources.<source>.*} properties
	 */
	static Map<String, Object> properties(String source, String url, String username, String password,
			String driverClassName) {
		String prefix = "datasources." + source + ".";
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(prefix + "url", url);
		properties.put(prefix + "username", username);
		properties.put(prefix + "password", (password != null) ? password : "");
		properties.put(prefix + "driver-class-name", driverClassName);
		return properties;
	}

	/**
	 * Add properties to the {@value #PROPERTY_SOURCE_NAME} property source of an
	 * environment, creating it first in line when it does not exist yet.
	 * @param environment the environment of the test context
	 * @param properties the properties to add
	 * @throws IllegalStateException when a source is given two different databases
	 */
	static void addTo(ConfigurableEnvironment environment, Map<String, Object> properties) {
		MutablePropertySources sources = environment.getPropertySources();
		PropertySource<?> existing = sources.get(PROPERTY_SOURCE_NAME);
		Map<String, Object> merged = new LinkedHashMap<>();
		if (existing instanceof MapPropertySource map) {
			merged.putAll(map.getSource());
		}
		properties.forEach((key, value) -> {
			Object previous = merged.putIfAbsent(key, value);
			if (previous != null && !Objects.equals(previous, value)) {
				throw new IllegalStateException(
						"Property '" + key + "' is set by two test databases: connect each source to one only.");
			}
		});
		if (existing != null) {
			sources.remove(PROPERTY_SOURCE_NAME);
		}
		sources.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, merged));
	}

}
