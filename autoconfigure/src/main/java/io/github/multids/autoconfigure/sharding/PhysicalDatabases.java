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

package io.github.multids.autoconfigure.sharding;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The pools of the physical databases of a sharded source, created from its engine
 * configuration and handed to the engine; migrations and health use them directly. A pool
 * is named {@code <source>.<database>}.
 *
 * @author multids
 * @since 0.1.0
 */
public final class PhysicalDatabases implements AutoCloseable {

	private static final String BEAN_SUFFIX = "PhysicalDatabases";

	private final ShardedSource source;

	private final Map<String, DataSource> dataSources;

	private PhysicalDatabases(ShardedSource source, Map<String, DataSource> dataSources) {
		this.source = source;
		this.dataSources = Collections.unmodifiableMap(dataSources);
	}

	/**
	 * Return the name of the bean that holds the physical databases of a source.
	 * @param source the source name
	 * @return the bean name
	 */
	public static String beanName(String source) {
		return source + BEAN_SUFFIX;
	}

	/**
	 * Return the name of the Flyway bean of one physical database of a sharded source.
	 * @param source the source name
	 * @param database the physical database name, as the engine configuration lists it
	 * @return the bean name, {@code <source>.<database>Flyway}
	 */
	public static String flywayBeanName(String source, String database) {
		return source + "." + database + "Flyway";
	}

	/**
	 * Return the physical databases of a source.
	 * @param beanFactory the bean factory
	 * @param source the source name
	 * @return the physical databases, {@code null} when the source is not sharded
	 */
	public static @Nullable PhysicalDatabases of(ListableBeanFactory beanFactory, String source) {
		return beanFactory.containsBean(beanName(source))
				? beanFactory.getBean(beanName(source), PhysicalDatabases.class) : null;
	}

	static PhysicalDatabases create(ShardedSource source, int sourcePoolSize) {
		Map<String, DataSource> pools;
		try {
			pools = EngineYaml.createPools(source.content());
		}
		catch (IOException | RuntimeException ex) {
			throw ShardingConfigurations.invalid(source.name(), source.configuration(), ex);
		}
		Map<String, DataSource> ordered = new LinkedHashMap<>();
		source.databases().forEach((database) -> ordered.put(database.name(), pools.get(database.name())));
		PhysicalDatabases databases = new PhysicalDatabases(source, ordered);
		ordered.forEach((name, pool) -> {
			if (pool instanceof HikariDataSource hikari && hikari.getPoolName() == null) {
				hikari.setPoolName(source.name() + "." + name);
			}
		});
		ordered.forEach((name, pool) -> databases.checkSize(name, pool, sourcePoolSize));
		ordered.forEach(databases::connect);
		return databases;
	}

	/**
	 * Return the sharded source.
	 * @return the source
	 */
	public ShardedSource source() {
		return this.source;
	}

	/**
	 * Return the pool of every physical database, in the order of the engine
	 * configuration.
	 * @return the pools by data source name
	 */
	public Map<String, DataSource> dataSources() {
		return this.dataSources;
	}

	// A connection of the source keeps the physical connections it used until the
	// source's pool closes it: a smaller physical pool starves under load
	private void checkSize(String database, DataSource pool, int sourcePoolSize) {
		if (pool instanceof HikariDataSource hikari && hikari.getMaximumPoolSize() < sourcePoolSize) {
			close();
			String name = this.source.name();
			throw new DataSourceConfigurationException("The pool of physical database '" + database
					+ "' of sharded source '" + name + "' (" + this.source.configuration() + ") holds at most "
					+ hikari.getMaximumPoolSize() + " connections, fewer than the " + sourcePoolSize
					+ " of the source's pool: each connection of the source keeps the physical connections it used"
					+ " while it is idle in the pool.",
					"Set 'maximumPoolSize: " + sourcePoolSize + "' (or more) under 'dataSources." + database + "' in "
							+ this.source.configuration() + ", or lower 'datasources." + name
							+ ".hikari.maximum-pool-size' to " + hikari.getMaximumPoolSize() + ".");
		}
	}

	private void connect(String database, DataSource pool) {
		try (Connection connection = pool.getConnection()) {
			connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			close();
			throw new DataSourceConfigurationException(
					"The physical database '" + database + "' of sharded source '" + this.source.name() + "' ("
							+ this.source.configuration() + ") cannot be reached at " + JdbcUrls.mask(url(database))
							+ ": " + ShardingConfigurations.rootMessage(ex),
					"Check that the database is running and that 'dataSources." + database + "' in "
							+ this.source.configuration() + " is right.",
					ex);
		}
	}

	private String url(String database) {
		return this.source.databases()
			.stream()
			.filter((candidate) -> candidate.name().equals(database))
			.map(ShardedSource.PhysicalDatabase::url)
			.findFirst()
			.orElse("?");
	}

	@Override
	public void close() {
		this.dataSources.values().forEach((pool) -> {
			if (pool instanceof HikariDataSource hikari) {
				hikari.close();
			}
		});
	}

}
