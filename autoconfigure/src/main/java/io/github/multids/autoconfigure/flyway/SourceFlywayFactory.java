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
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.jdbc.MigrationDataSources;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * Builds the Flyway of one source from its `flyway.*` settings; its migrations live in
 * `classpath:db/migration/<name>` unless configured otherwise, and run as the source's
 * user unless `flyway.user` or `flyway.url` say otherwise.
 *
 * @author multids
 */
public final class SourceFlywayFactory {

	private static final String POSTGRESQL_EXTENSION = "org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension";

	private final ResourcePatternResolver resources;

	public SourceFlywayFactory(ResourcePatternResolver resources) {
		this.resources = resources;
	}

	/**
	 * Return whether the source has Flyway enabled and at least one migration in its
	 * locations.
	 * @param source the source
	 * @return whether a Flyway is needed
	 */
	public boolean hasMigrations(SourceDefinition source) {
		return hasMigrations(source, source.vendor());
	}

	/**
	 * Return whether the source has Flyway enabled and at least one migration in its
	 * locations, for a database of the given vendor (a physical database of a sharded
	 * source).
	 * @param source the source
	 * @param vendor the vendor id that replaces `{vendor}` in the locations
	 * @return whether a Flyway is needed
	 */
	public boolean hasMigrations(SourceDefinition source, String vendor) {
		FlywayProperties properties = source.section(FlywaySection.INSTANCE);
		return properties.isEnabled()
				&& JdbcUrls.withVendor(properties.getLocations(), vendor).stream().anyMatch(this::hasFiles);
	}

	/**
	 * Create the Flyway of a source.
	 * @param source the source
	 * @param dataSource the source's pool
	 * @param beanFactory where to find FlywayConfigurationCustomizer beans
	 * @return the Flyway
	 */
	public Flyway create(SourceDefinition source, DataSource dataSource, ListableBeanFactory beanFactory) {
		return create(source, source.vendor(), dataSource, beanFactory);
	}

	/**
	 * Create the Flyway of a source for a database of the given vendor (a physical
	 * database of a sharded source).
	 * @param source the source
	 * @param vendor the vendor id that replaces `{vendor}` in the locations
	 * @param dataSource the database to migrate
	 * @param beanFactory where to find FlywayConfigurationCustomizer beans
	 * @return the Flyway
	 */
	public Flyway create(SourceDefinition source, String vendor, DataSource dataSource,
			ListableBeanFactory beanFactory) {
		FlywayProperties properties = source.section(FlywaySection.INSTANCE);
		FluentConfiguration configuration = new FluentConfiguration(this.resources.getClassLoader());
		configuration.dataSource(MigrationDataSources.of(properties.getUrl(), properties.getUser(),
				properties.getPassword(), properties.getDriverClassName(), dataSource));
		configuration.locations(JdbcUrls.withVendor(properties.getLocations(), vendor).toArray(String[]::new));
		if (!properties.getCallbackLocations().isEmpty()) {
			configuration.callbackLocations(
					JdbcUrls.withVendor(properties.getCallbackLocations(), vendor).toArray(String[]::new));
		}
		FlywaySettingsMapper.apply(properties, configuration);
		applyPostgresqlSettings(source.name(), properties, configuration);
		beanFactory.getBeanProvider(FlywayConfigurationCustomizer.class)
			.orderedStream()
			.forEach((customizer) -> customizer.customize(configuration));
		return configuration.load();
	}

	private void applyPostgresqlSettings(String name, FlywayProperties properties, FluentConfiguration configuration) {
		Boolean transactionalLock = properties.getPostgresql().getTransactionalLock();
		if (transactionalLock == null) {
			return;
		}
		if (!ClassUtils.isPresent(POSTGRESQL_EXTENSION, this.resources.getClassLoader())) {
			throw new DataSourceConfigurationException(
					"'datasources." + name + ".flyway.postgresql.transactional-lock' is set but Flyway's PostgreSQL"
							+ " support is not on the classpath.",
					"Add the dependency org.flywaydb:flyway-database-postgresql, or remove the key.");
		}
		PostgresqlFlywaySettings.transactionalLock(configuration, transactionalLock);
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
