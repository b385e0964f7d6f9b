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

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import io.github.multids.autoconfigure.SourceBinder;
import io.github.multids.autoconfigure.SourcesModel;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Builds the HikariCP pool of one source from `datasources.<name>.*`.
 *
 * @author multids
 */
public final class SourceDataSourceFactory {

	private static final Map<String, String> DRIVER_ARTIFACTS = Map.of("org.postgresql.Driver",
			"org.postgresql:postgresql", "com.mysql.cj.jdbc.Driver", "com.mysql:mysql-connector-j",
			"org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client", "org.h2.Driver", "com.h2database:h2",
			"com.microsoft.sqlserver.jdbc.SQLServerDriver", "com.microsoft.sqlserver:mssql-jdbc",
			"oracle.jdbc.OracleDriver", "com.oracle.database.jdbc:ojdbc11");

	private static final Log logger = LogFactory.getLog(SourceDataSourceFactory.class);

	private final SourceBinder binder;

	private final ClassLoader classLoader;

	private final StartupConnectivity connectivity;

	public SourceDataSourceFactory(SourceBinder binder, ClassLoader classLoader, StartupConnectivity connectivity) {
		this.binder = binder;
		this.classLoader = classLoader;
		this.connectivity = connectivity;
	}

	/**
	 * Return the bound Spring Boot connection properties of a source.
	 * @param name the source name
	 * @return the properties
	 */
	public DataSourceProperties properties(String name) {
		DataSourceProperties properties = new DataSourceProperties();
		properties.setName(name);
		properties.setGenerateUniqueName(false);
		this.binder.bindOnto(SourcesModel.PREFIX + "." + name, properties);
		properties.setBeanClassLoader(this.classLoader);
		if (!StringUtils.hasText(properties.getUrl())) {
			properties.setEmbeddedDatabaseConnection(embeddedConnection(name));
		}
		else {
			properties.setEmbeddedDatabaseConnection(EmbeddedDatabaseConnection.NONE);
		}
		checkDriver(name, properties);
		return properties;
	}

	/**
	 * Create the pool of a source and open its first connection; its pool name is the
	 * source name. An unreachable critical source fails startup naming the source; an
	 * optional one gets a pool that starts empty and connects once its database is back.
	 * @param name the source name
	 * @param critical whether the application needs the source to start
	 * @return the pool
	 */
	public HikariDataSource create(String name, boolean critical) {
		DataSourceProperties properties = properties(name);
		HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		dataSource.setPoolName(name);
		if (!critical) {
			dataSource.setInitializationFailTimeout(-1);
		}
		this.binder.bindOnto(SourcesModel.PREFIX + "." + name + ".hikari", dataSource);
		if (critical) {
			connect(name, dataSource);
		}
		else {
			this.connectivity.record(name, tryConnect(name, dataSource));
		}
		return dataSource;
	}

	private boolean tryConnect(String name, HikariDataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Optional source '" + name + "' cannot be reached at " + JdbcUrls.mask(dataSource.getJdbcUrl())
					+ " (" + rootMessage(ex) + "); the application starts without it and uses it once it is back");
			return false;
		}
	}

	private EmbeddedDatabaseConnection embeddedConnection(String name) {
		if (!ClassUtils.isPresent(EmbeddedDatabaseConnection.H2.getDriverClassName(), this.classLoader)) {
			throw new DataSourceConfigurationException(
					"The source '" + name + "' has no 'datasources." + name
							+ ".url', so it would be an embedded H2 database, but H2 is not on the classpath.",
					"Set 'datasources." + name + ".url' to the JDBC url of its database, or add the dependency"
							+ " com.h2database:h2 for an embedded database.");
		}
		return EmbeddedDatabaseConnection.H2;
	}

	private void checkDriver(String name, DataSourceProperties properties) {
		String driver = StringUtils.hasText(properties.getDriverClassName()) ? properties.getDriverClassName()
				: inferDriver(name, properties);
		if (!ClassUtils.isPresent(driver, this.classLoader)) {
			String artifact = DRIVER_ARTIFACTS.get(driver);
			throw new DataSourceConfigurationException(
					"The JDBC driver " + driver + " of source '" + name + "' (url " + JdbcUrls.mask(properties.getUrl())
							+ ") is not on the classpath.",
					((artifact != null) ? "Add the dependency " + artifact : "Add the driver's jar")
							+ " to the application, or correct 'datasources." + name + ".url' or 'datasources." + name
							+ ".driver-class-name'.");
		}
	}

	private String inferDriver(String name, DataSourceProperties properties) {
		if (!StringUtils.hasText(properties.getUrl())) {
			return EmbeddedDatabaseConnection.H2.getDriverClassName();
		}
		String driver = DatabaseDriver.fromJdbcUrl(properties.getUrl()).getDriverClassName();
		if (driver == null) {
			throw new DataSourceConfigurationException(
					"Cannot tell the JDBC driver of source '" + name + "' from its url "
							+ JdbcUrls.mask(properties.getUrl()) + ".",
					"Check that 'datasources." + name + ".url' starts with 'jdbc:<vendor>:', or set 'datasources."
							+ name + ".driver-class-name'.");
		}
		return driver;
	}

	private void connect(String name, HikariDataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			dataSource.close();
			throw new DataSourceConfigurationException(
					"The database of source '" + name + "' cannot be reached at "
							+ JdbcUrls.mask(dataSource.getJdbcUrl()) + " as user '" + dataSource.getUsername() + "': "
							+ rootMessage(ex),
					"Check that the database is running and that 'datasources." + name + ".url', '.username' and"
							+ " '.password' are right.",
					ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
