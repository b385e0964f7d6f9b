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
package io.github.multids.autoconfigure.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.sql.DataSource;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.ApplicationScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Registers the `<name>SqlInitializer` that runs a source's own schema and data scripts
 * (`sql.init.*`), as Spring Boot runs `spring.sql.init.*` on the default source.
 *
 * @author multids
 */
public final class SourceSqlInitializers {

	private SourceSqlInitializers() {
	}

	/**
	 * Register the script initializer of a source when it has scripts to run.
	 * @param beans the bean registrations
	 * @param source the source
	 * @param resourceLoader the resource loader
	 * @param beanFactory the bean factory
	 * @param connectivity which sources answered at startup
	 * @param dependsOn beans that must run first (the source's migrations)
	 * @return the name of the initializer bean, empty when there is none
	 */
	public static String[] register(SourceBeanDefinitions beans, SourceDefinition source, ResourceLoader resourceLoader,
			ListableBeanFactory beanFactory, StartupConnectivity connectivity, String... dependsOn) {
		SqlInitializationProperties properties = source.sqlInit();
		if (!runs(properties, source.isEmbedded(), resourceLoader, true)) {
			return new String[0];
		}
		String name = source.name();
		if (source.isTenantSource()) {
			DatabaseInitializationSettings settings = ApplicationScriptDatabaseInitializer.getSettings(properties);
			throw new DataSourceConfigurationException(
					"Source '" + name + "' is a tenant source, but its SQL scripts " + settings.getSchemaLocations()
							+ " / " + settings.getDataLocations() + " would run on no tenant's database.",
					"Turn the scripts into migrations of the source (they run on each tenant's database when it is"
							+ " registered), or set 'datasources." + name + ".sql.init.mode: never'.");
		}
		String beanName = SourceBean.SQL_INITIALIZER.of(name);
		String[] after = StringUtils.concatenateStringArrays(new String[] { SourceBean.DATA_SOURCE.of(name) },
				dependsOn);
		beans.registerSourceBean(name, beanName, DataSourceScriptDatabaseInitializer.class, () -> initializer(name,
				beanFactory.getBean(SourceBean.DATA_SOURCE.of(name), DataSource.class), properties, connectivity),
				after);
		return new String[] { beanName };
	}

	/**
	 * Return whether script settings would create a schema: scripts exist and the mode
	 * runs them on that database.
	 * @param properties the script settings
	 * @param embedded whether the database is embedded
	 * @param resourceLoader the resource loader
	 * @return whether schema scripts run
	 */
	public static boolean initializesSchema(SqlInitializationProperties properties, boolean embedded,
			ResourceLoader resourceLoader) {
		return runs(properties, embedded, resourceLoader, false);
	}

	private static boolean runs(SqlInitializationProperties properties, boolean embedded, ResourceLoader resourceLoader,
			boolean orData) {
		DatabaseInitializationMode mode = properties.getMode();
		if (mode == DatabaseInitializationMode.NEVER || (mode == DatabaseInitializationMode.EMBEDDED && !embedded)) {
			return false;
		}
		DatabaseInitializationSettings settings = ApplicationScriptDatabaseInitializer.getSettings(properties);
		return exists(settings.getSchemaLocations(), resourceLoader)
				|| (orData && exists(settings.getDataLocations(), resourceLoader));
	}

	private static boolean exists(List<String> locations, ResourceLoader resourceLoader) {
		if (locations == null) {
			return false;
		}
		try {
			for (String location : locations) {
				String path = location.startsWith("optional:") ? location.substring("optional:".length()) : location;
				for (Resource resource : ResourcePatternUtils.getResourcePatternResolver(resourceLoader)
					.getResources(path)) {
					if (resource.exists()) {
						return true;
					}
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// As Spring Boot does: the scripts run as another user when both username and
	// password are set
	private static DataSourceScriptDatabaseInitializer initializer(String name, DataSource dataSource,
			SqlInitializationProperties properties, StartupConnectivity connectivity) {
		DataSource target = dataSource;
		if (StringUtils.hasText(properties.getUsername()) && StringUtils.hasText(properties.getPassword())) {
			target = DataSourceBuilder.derivedFrom(dataSource)
				.username(properties.getUsername())
				.password(properties.getPassword())
				.type(SimpleDriverDataSource.class)
				.build();
		}
		return new SourceScriptInitializer(name, target, ApplicationScriptDatabaseInitializer.getSettings(properties),
				connectivity);
	}

	/**
	 * Runs a source's scripts at startup, or, for an optional source that was down, once
	 * its database is back.
	 */
	private static final class SourceScriptInitializer extends DataSourceScriptDatabaseInitializer {

		private final String name;

		private final StartupConnectivity connectivity;

		SourceScriptInitializer(String name, DataSource dataSource, DatabaseInitializationSettings settings,
				StartupConnectivity connectivity) {
			super(dataSource, settings);
			this.name = name;
			this.connectivity = connectivity;
		}

		@Override
		public void afterPropertiesSet() throws Exception {
			if (this.connectivity.isReachable(this.name)) {
				super.afterPropertiesSet();
			}
			else {
				this.connectivity.whenBack(this.name, "SQL scripts", this::initializeDatabase);
			}
		}

	}

}
