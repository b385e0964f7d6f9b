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

import java.beans.PropertyDescriptor;
import java.util.Map;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import io.github.multids.DataSourceConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Binds the connection and `hikari.*` keys of a source into the configuration of its
 * HikariCP pool, checking at once that its driver (or H2, for an embedded source) is on
 * the classpath.
 *
 * @author multids
 */
final class PoolSettings {

	private static final String SHARDING_DRIVER = "org.apache.shardingsphere.driver.ShardingSphereDriver";

	private static final Map<String, String> DRIVER_ARTIFACTS = Map.of("org.postgresql.Driver",
			"org.postgresql:postgresql", "com.mysql.cj.jdbc.Driver", "com.mysql:mysql-connector-j",
			"org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client", "org.h2.Driver", "com.h2database:h2",
			"com.microsoft.sqlserver.jdbc.SQLServerDriver", "com.microsoft.sqlserver:mssql-jdbc",
			"oracle.jdbc.OracleDriver", "com.oracle.database.jdbc:ojdbc11", SHARDING_DRIVER,
			"org.apache.shardingsphere:shardingsphere-jdbc:5.5.2");

	private PoolSettings() {
	}

	/**
	 * Return the keys applied to the pool: the connection keys and every HikariCP
	 * property under `hikari`, whose name is the source's.
	 * @return the keys
	 */
	static SourceKeys keys() {
		SourceKeys.Builder hikari = SourceKeys.builder();
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(HikariConfig.class)) {
			if (property.getWriteMethod() != null) {
				String key = toDashed(property.getName());
				if (Map.class.isAssignableFrom(property.getPropertyType())
						|| Properties.class.isAssignableFrom(property.getPropertyType())) {
					hikari.anythingBelow(key);
				}
				else {
					hikari.values(key);
				}
			}
		}
		hikari.refuse("pool-name", "the pool of a source is named after the source.",
				"Remove the key; the pool name is the source name.");
		return SourceKeys.builder()
			.values("url", "username", "password", "driver-class-name")
			.group("hikari", hikari.build())
			.build();
	}

	/**
	 * Bind the pool configuration of a source.
	 * @param binder the binder
	 * @param name the source name
	 * @param classLoader the application class loader
	 * @return the bound connection properties and pool configuration
	 */
	static Bound bind(SourceBinder binder, String name, ClassLoader classLoader) {
		DataSourceProperties connection = new DataSourceProperties();
		connection.setName(name);
		connection.setGenerateUniqueName(false);
		binder.bindOnto(SourceEnvironment.prefixOf(name), connection);
		connection.setBeanClassLoader(classLoader);
		connection.setEmbeddedDatabaseConnection(StringUtils.hasText(connection.getUrl())
				? EmbeddedDatabaseConnection.NONE : embeddedConnection(name, classLoader));
		String driver = checkDriver(name, connection, classLoader);
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(connection.determineUrl());
		pool.setUsername(connection.determineUsername());
		pool.setPassword(connection.determinePassword());
		pool.setDriverClassName(driver);
		pool.setPoolName(name);
		binder.bindOnto(SourceEnvironment.prefixOf(name) + ".hikari", pool);
		return new Bound(connection.getUrl(), pool);
	}

	private static EmbeddedDatabaseConnection embeddedConnection(String name, ClassLoader classLoader) {
		if (!ClassUtils.isPresent(EmbeddedDatabaseConnection.H2.getDriverClassName(), classLoader)) {
			throw new DataSourceConfigurationException(
					"The source '" + name + "' has no 'datasources." + name
							+ ".url', so it would be an embedded H2 database, but H2 is not on the classpath.",
					"Set 'datasources." + name + ".url' to the JDBC url of its database, or add the dependency"
							+ " com.h2database:h2 for an embedded database.");
		}
		return EmbeddedDatabaseConnection.H2;
	}

	private static String checkDriver(String name, DataSourceProperties connection, ClassLoader classLoader) {
		String driver = StringUtils.hasText(connection.getDriverClassName()) ? connection.getDriverClassName()
				: inferDriver(name, connection.getUrl());
		if (!ClassUtils.isPresent(driver, classLoader)) {
			String artifact = DRIVER_ARTIFACTS.get(driver);
			throw new DataSourceConfigurationException(
					"The JDBC driver " + driver + " of source '" + name + "' (url " + JdbcUrls.mask(connection.getUrl())
							+ ") is not on the classpath.",
					((artifact != null) ? "Add the dependency " + artifact : "Add the driver's jar")
							+ " to the application, or correct 'datasources." + name + ".url' or 'datasources." + name
							+ ".driver-class-name'.");
		}
		return driver;
	}

	private static String inferDriver(String name, @Nullable String url) {
		if (!StringUtils.hasText(url)) {
			return EmbeddedDatabaseConnection.H2.getDriverClassName();
		}
		if (JdbcUrls.isSharded(url)) {
			return SHARDING_DRIVER;
		}
		String driver = DatabaseDriver.fromJdbcUrl(url).getDriverClassName();
		if (driver == null) {
			throw new DataSourceConfigurationException(
					"Cannot tell the JDBC driver of source '" + name + "' from its url " + JdbcUrls.mask(url) + ".",
					"Check that 'datasources." + name + ".url' starts with 'jdbc:<vendor>:', or set 'datasources."
							+ name + ".driver-class-name'.");
		}
		return driver;
	}

	private static String toDashed(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The configured url and the pool configuration of a source.
	 *
	 * @param url the configured url, {@code null} for an embedded database
	 * @param pool the pool configuration
	 */
	record Bound(@Nullable String url, HikariConfig pool) {

	}

}
