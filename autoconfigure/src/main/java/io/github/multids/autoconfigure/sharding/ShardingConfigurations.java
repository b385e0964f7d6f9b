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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;

/**
 * Reads the engine configuration file of every sharded source once at startup, so that a
 * file that is missing or invalid fails startup naming the source and the file, not with
 * the engine's bare exception.
 *
 * @author multids
 * @since 0.1.0
 */
public final class ShardingConfigurations {

	private ShardingConfigurations() {
	}

	/**
	 * Read the configuration of every sharded source.
	 * @param model the sources
	 * @param classLoader the application class loader
	 * @return the sharded sources by name, empty when none is sharded
	 */
	public static Map<String, ShardedSource> read(SourceDefinitions model, ClassLoader classLoader) {
		Map<String, ShardedSource> sharded = new LinkedHashMap<>();
		for (SourceDefinition source : model.all()) {
			if (JdbcUrls.isSharded(source.url())) {
				checkCritical(source);
				sharded.put(source.name(),
						read(source.name(), JdbcUrls.shardingConfiguration(source.url()), classLoader));
			}
		}
		return sharded;
	}

	// The engine reads every physical database's schema when it starts: it cannot start
	// without one of them, as an optional source would
	private static void checkCritical(SourceDefinition source) {
		if (!source.isCritical()) {
			throw new DataSourceConfigurationException(
					"'datasources." + source.name() + ".health.critical: false' is not supported on a sharded source:"
							+ " ShardingSphere-JDBC cannot start while one of its physical databases is down.",
					"Remove 'datasources." + source.name() + ".health.critical', or give the source a url that is"
							+ " not jdbc:shardingsphere:.");
		}
	}

	static ShardedSource read(String name, String configuration, ClassLoader classLoader) {
		checkExists(name, configuration, classLoader);
		byte[] content = load(name, configuration, classLoader);
		try {
			List<ShardedSource.PhysicalDatabase> databases = EngineYaml.databases(content);
			if (databases.isEmpty()) {
				throw new DataSourceConfigurationException(
						"The ShardingSphere configuration " + configuration + " of sharded source '" + name
								+ "' lists no physical database under 'dataSources'.",
						"List the physical databases of source '" + name + "' under 'dataSources' in " + configuration
								+ ".");
			}
			return new ShardedSource(name, configuration, content, databases, EngineYaml.tables(content));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DataSourceConfigurationException configurationException) {
				throw configurationException;
			}
			throw invalid(name, configuration, ex);
		}
	}

	static DataSourceConfigurationException invalid(String name, String configuration, Exception ex) {
		return new DataSourceConfigurationException(
				"The ShardingSphere configuration " + configuration + " of sharded source '" + name + "' is not valid: "
						+ JdbcUrls.mask(rootMessage(ex)),
				"Correct " + configuration + " (ShardingSphere-JDBC 5.5 YAML: 'dataSources' and 'rules'; the MOD and"
						+ " HASH_MOD algorithms work only under 'autoTables', INLINE under 'tables').",
				ex);
	}

	static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getName();
	}

	// The engine reads the file itself; when it is missing it throws a bare
	// NullPointerException, so the two file locations are checked first
	private static void checkExists(String name, String configuration, ClassLoader classLoader) {
		String location = configuration.contains("?") ? configuration.substring(0, configuration.indexOf('?'))
				: configuration;
		boolean exists = true;
		if (location.startsWith("classpath:")) {
			exists = classLoader.getResource(location.substring("classpath:".length())) != null;
		}
		else if (location.startsWith("absolutepath:")) {
			exists = Files.isRegularFile(Path.of(location.substring("absolutepath:".length())));
		}
		if (!exists) {
			throw new DataSourceConfigurationException(
					"The ShardingSphere configuration " + location + " of sharded source '" + name
							+ "' does not exist.",
					"Create " + location + ", or correct 'datasources." + name + ".url'"
							+ " (jdbc:shardingsphere:classpath:<file> or jdbc:shardingsphere:absolutepath:<file>).");
		}
	}

	// The engine reads classpath: files through the thread's context class loader
	private static byte[] load(String name, String configuration, ClassLoader classLoader) {
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(classLoader);
		try {
			return EngineYaml.load(configuration);
		}
		catch (RuntimeException ex) {
			throw new DataSourceConfigurationException(
					"The ShardingSphere configuration " + configuration + " of sharded source '" + name
							+ "' cannot be read: " + rootMessage(ex),
					"Correct 'datasources." + name + ".url'"
							+ " (jdbc:shardingsphere:classpath:<file> or jdbc:shardingsphere:absolutepath:<file>).",
					ex);
		}
		finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}

}
