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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.multids.DataSourceConfigurationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.BoundPropertiesTrackingBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * What `@AutoConfigureTestDatabase` (and the slices that carry it, `@DataJpaTest`,
 * `@JdbcTest`) does to each source: its default, `replace = NON_TEST`, gives every source
 * a fresh embedded database named after it unless the source's url comes from a test
 * connection (`@DynamicPropertySource`, a `jdbc:tc:` url, `@SourceConnection` or an
 * embedded PostgreSQL of multids' test module); `ANY` and `AUTO_CONFIGURED` replace every
 * source; `NONE` keeps the configured servers. Spring Boot's own replacement would swap
 * the routing `dataSource` for one embedded database, so multids leaves it out.
 *
 * @author multids
 */
public final class TestDatabaseReplacement {

	/**
	 * The name of the property source that points the replaced sources at their embedded
	 * databases.
	 */
	public static final String PROPERTY_SOURCE_NAME = "multidsEmbeddedTestDatabases";

	/**
	 * The name of the property source of test connections by source name, which
	 * `NON_TEST` keeps.
	 */
	public static final String SOURCE_CONNECTIONS_PROPERTY_SOURCE_NAME = "multidsSourceConnections";

	private static final String REPLACE_PROPERTY = "spring.test.database.replace";

	private static final String CONNECTION_PROPERTY = "spring.test.database.connection";

	private static final String DYNAMIC_VALUES_PROPERTY_SOURCE_CLASS = "org.springframework.test.context.support.DynamicValuesPropertySource";

	private static final Log logger = LogFactory.getLog(TestDatabaseReplacement.class);

	private TestDatabaseReplacement() {
	}

	/**
	 * Point the sources that the test replaces at embedded databases, once per
	 * environment; without `@AutoConfigureTestDatabase` nothing changes.
	 * @param environment the environment
	 * @param sourceNames the names of the configured sources
	 * @param classLoader the class loader that finds the embedded database
	 * @return whether the environment points a source elsewhere than before
	 */
	public static boolean apply(Environment environment, Collection<String> sourceNames, ClassLoader classLoader) {
		if (!(environment instanceof ConfigurableEnvironment configurable)
				|| configurable.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return false;
		}
		String replace = environment.getProperty(REPLACE_PROPERTY);
		String connection = environment.getProperty(CONNECTION_PROPERTY);
		if (replace == null && connection == null) {
			return false;
		}
		String mode = (replace != null) ? replace.trim().toUpperCase(Locale.ROOT).replace('-', '_') : "NON_TEST";
		if (mode.equals("NONE")) {
			return false;
		}
		if (!List.of("NON_TEST", "ANY", "AUTO_CONFIGURED").contains(mode)) {
			throw new DataSourceConfigurationException(
					"'" + REPLACE_PROPERTY + "' is '" + replace + "', which is not a replacement mode.",
					"Use NON_TEST, ANY, AUTO_CONFIGURED or NONE (@AutoConfigureTestDatabase(replace = ...)).");
		}
		EmbeddedDatabaseConnection embedded = embeddedDatabase(connection, classLoader);
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> replaced = new ArrayList<>();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		for (String name : sourceNames) {
			if (mode.equals("NON_TEST") && isTestConnection(environment, name)) {
				continue;
			}
			String prefix = SourceEnvironment.prefixOf(name) + ".";
			// A tenant source stays one: an embedded database per tenant
			boolean tenants = TenantSettings.isTemplate(environment.getProperty(prefix + "url"));
			properties.put(prefix + "url",
					embedded.getUrl(name + "-" + suffix + (tenants ? "_" + TenantSettings.PLACEHOLDER : "")));
			properties.put(prefix + "username", "sa");
			properties.put(prefix + "password", "");
			properties.put(prefix + "driver-class-name", embedded.getDriverClassName());
			replaced.add(name);
		}
		configurable.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		if (!replaced.isEmpty()) {
			logger.info("Replacing the sources " + replaced + " with embedded " + embedded
					+ " databases named after them (@AutoConfigureTestDatabase)");
		}
		return !replaced.isEmpty();
	}

	private static EmbeddedDatabaseConnection embeddedDatabase(String connection, ClassLoader classLoader) {
		EmbeddedDatabaseConnection embedded = EmbeddedDatabaseConnection.NONE;
		if (connection != null) {
			try {
				embedded = EmbeddedDatabaseConnection.valueOf(connection.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new DataSourceConfigurationException(
						"'" + CONNECTION_PROPERTY + "' is '" + connection + "', which is not an embedded database.",
						"Use H2, HSQLDB or DERBY (@AutoConfigureTestDatabase(connection = ...)).");
			}
		}
		if (embedded == EmbeddedDatabaseConnection.NONE) {
			embedded = EmbeddedDatabaseConnection.get(classLoader);
		}
		if (embedded == EmbeddedDatabaseConnection.NONE) {
			throw new DataSourceConfigurationException(
					"@AutoConfigureTestDatabase replaces each source with an embedded database, and none is on the classpath.",
					"Add H2 (com.h2database:h2) as a test dependency, or keep the configured databases with "
							+ "@AutoConfigureTestDatabase(replace = Replace.NONE).");
		}
		return embedded;
	}

	// Spring Boot keeps a DataSource whose url a test gave it; so does multids, per
	// source
	private static boolean isTestConnection(Environment environment, String name) {
		List<ConfigurationProperty> bound = new ArrayList<>();
		Binder.get(environment, new BoundPropertiesTrackingBindHandler(bound::add))
			.bind(SourceEnvironment.prefixOf(name) + ".url", Bindable.of(String.class));
		if (bound.isEmpty()) {
			return false;
		}
		ConfigurationProperty url = bound.get(0);
		if (url.getValue() != null && url.getValue().toString().startsWith("jdbc:tc:")) {
			return true;
		}
		PropertySource<?> source = propertySource(url.getOrigin());
		return source != null && (DYNAMIC_VALUES_PROPERTY_SOURCE_CLASS.equals(source.getClass().getName())
				|| SOURCE_CONNECTIONS_PROPERTY_SOURCE_NAME.equals(source.getName()));
	}

	private static PropertySource<?> propertySource(Origin origin) {
		for (Origin current = origin; current != null; current = current.getParent()) {
			if (current instanceof PropertySourceOrigin propertySourceOrigin) {
				return propertySourceOrigin.getPropertySource();
			}
		}
		return null;
	}

}
