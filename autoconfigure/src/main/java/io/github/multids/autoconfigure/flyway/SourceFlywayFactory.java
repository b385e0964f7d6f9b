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
package io.github.multids.autoconfigure.flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.github.multids.autoconfigure.SourceBinder;
import io.github.multids.autoconfigure.SourcesModel;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Builds the Flyway of one source from `datasources.<name>.flyway.*`; its migrations live
 * in `classpath:db/migration/<name>` unless configured otherwise.
 *
 * @author multids
 */
public final class SourceFlywayFactory {

	private static final String VENDOR_PLACEHOLDER = "{vendor}";

	private final SourceBinder binder;

	private final ResourcePatternResolver resources;

	public SourceFlywayFactory(SourceBinder binder, ResourcePatternResolver resources) {
		this.binder = binder;
		this.resources = resources;
	}

	/**
	 * Return the bound Flyway properties of a source, with its own default location.
	 * @param name the source name
	 * @return the properties
	 */
	public FlywayProperties properties(String name) {
		FlywayProperties properties = new FlywayProperties();
		properties.setLocations(List.of("classpath:db/migration/" + name));
		this.binder.bindOnto(SourcesModel.PREFIX + "." + name + ".flyway", properties);
		return properties;
	}

	/**
	 * Return whether the source has Flyway enabled and at least one migration in its
	 * locations.
	 * @param name the source name
	 * @param url the source's JDBC url, {@code null} for an embedded H2 database
	 * @return whether a Flyway is needed
	 */
	public boolean hasMigrations(String name, String url) {
		FlywayProperties properties = properties(name);
		return properties.isEnabled()
				&& resolveLocations(properties.getLocations(), url).stream().anyMatch(this::hasFiles);
	}

	/**
	 * Create the Flyway of a source.
	 * @param name the source name
	 * @param dataSource the source's pool
	 * @param url the source's JDBC url, {@code null} for an embedded H2 database
	 * @param beanFactory where to find FlywayConfigurationCustomizer beans
	 * @return the Flyway
	 */
	public Flyway create(String name, DataSource dataSource, String url, ListableBeanFactory beanFactory) {
		FlywayProperties properties = properties(name);
		FluentConfiguration configuration = new FluentConfiguration(this.resources.getClassLoader());
		configuration.dataSource(dataSource);
		configuration.locations(resolveLocations(properties.getLocations(), url).toArray(String[]::new));
		FlywayPropertiesMapper.applySchemaSettings(properties, configuration);
		FlywayPropertiesMapper.applyMigrationSettings(properties, configuration);
		beanFactory.getBeanProvider(FlywayConfigurationCustomizer.class)
			.orderedStream()
			.forEach((customizer) -> customizer.customize(configuration));
		return configuration.load();
	}

	static List<String> resolveLocations(List<String> locations, String url) {
		String vendor = StringUtils.hasText(url) ? DatabaseDriver.fromJdbcUrl(url).getId() : DatabaseDriver.H2.getId();
		return locations.stream().map((location) -> location.replace(VENDOR_PLACEHOLDER, vendor)).toList();
	}

	private boolean hasFiles(String location) {
		if (location.startsWith("filesystem:")) {
			return hasFiles(Path.of(location.substring("filesystem:".length())));
		}
		String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
		try {
			for (Resource resource : this.resources.getResources("classpath*:" + path + "/**/*.*")) {
				if (resource.isReadable()) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean hasFiles(Path directory) {
		if (!Files.isDirectory(directory)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.anyMatch(Files::isRegularFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
