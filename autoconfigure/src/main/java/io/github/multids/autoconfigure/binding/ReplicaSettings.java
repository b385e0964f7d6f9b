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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariConfig;
import io.github.multids.DataSourceConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Binds the replicas of a source (`datasources.<n>.replicas.<r>`) and how its reads are
 * served (`datasources.<n>.read`).
 *
 * @author multids
 */
final class ReplicaSettings {

	private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	// Hikari's own default; a replica pool waits less for a connection, so that a replica
	// that went away costs a read this long at most before the next candidate serves it
	private static final long HIKARI_DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(30).toMillis();

	private static final long REPLICA_CONNECTION_TIMEOUT = Duration.ofSeconds(2).toMillis();

	private ReplicaSettings() {
	}

	/**
	 * Return the keys of `replicas` (one group per replica) and `read`.
	 * @return the keys, to be added to a source's
	 */
	static SourceKeys keys() {
		SourceKeys replica = SourceKeys.builder().include(PoolSettings.keys()).values("weight").build();
		return SourceKeys.builder()
			.group("replicas", SourceKeys.builder().entries(replica).build())
			.group("read", SourceKeys.builder().values("max-lag", "read-your-writes", "check-interval").build())
			.build();
	}

	private static Set<String> names(List<ConfigurationPropertyName> properties) {
		Set<String> names = new LinkedHashSet<>();
		for (ConfigurationPropertyName name : properties) {
			if (name.getNumberOfElements() > 3 && "replicas".equals(name.getElement(2, Form.UNIFORM))) {
				names.add(name.getElement(3, Form.ORIGINAL));
			}
		}
		return names;
	}

	private static @Nullable ConfigurationPropertyName readKey(List<ConfigurationPropertyName> properties) {
		for (ConfigurationPropertyName name : properties) {
			if (name.getNumberOfElements() > 2 && "read".equals(name.getElement(2, Form.UNIFORM))) {
				return name;
			}
		}
		return null;
	}

	/**
	 * Bind the replicas of a source.
	 * @param binder the binder
	 * @param source the source name
	 * @param properties the property names under `datasources.<n>`
	 * @param sourceUrl the source's configured url
	 * @param sourcePool the source's pool configuration, which each replica inherits
	 * @param classLoader the application class loader
	 * @return the replicas
	 */
	static List<ReplicaDefinition> bind(SourceBinder binder, String source, List<ConfigurationPropertyName> properties,
			@Nullable String sourceUrl, HikariConfig sourcePool, ClassLoader classLoader) {
		Set<String> names = names(properties);
		String prefix = SourceEnvironment.prefixOf(source);
		if (names.isEmpty()) {
			ConfigurationPropertyName read = readKey(properties);
			if (read != null) {
				throw new DataSourceConfigurationException(
						"'" + read + "' is set, but source '" + source + "' has no replicas, so all its reads are"
								+ " served by its own database.",
						"Add the replicas under '" + prefix + ".replicas.<name>.url', or remove '" + prefix
								+ ".read'.");
			}
			return List.of();
		}
		if (JdbcUrls.isEmbedded(sourceUrl)) {
			throw new DataSourceConfigurationException(
					"'" + prefix + ".replicas' is set, but source '" + source + "' is an embedded database ("
							+ ((sourceUrl != null) ? JdbcUrls.mask(sourceUrl) : "no url") + "), which has no replicas.",
					"Set '" + prefix + ".url' to the primary server whose replicas are listed, or remove '" + prefix
							+ ".replicas'.");
		}
		boolean timeoutSet = binder.bind(prefix + ".hikari.connection-timeout", String.class, () -> null) != null;
		List<ReplicaDefinition> replicas = new ArrayList<>();
		for (String name : names) {
			replicas.add(bindReplica(binder, source, name, sourcePool, timeoutSet, classLoader));
		}
		return List.copyOf(replicas);
	}

	private static ReplicaDefinition bindReplica(SourceBinder binder, String source, String name,
			HikariConfig sourcePool, boolean timeoutSet, ClassLoader classLoader) {
		String prefix = SourceEnvironment.prefixOf(source) + ".replicas." + name;
		if (!VALID_NAME.matcher(name).matches()) {
			throw new DataSourceConfigurationException(
					"The replica name '" + prefix + "' is not valid: it names the" + " replica's pool '" + source + "."
							+ name + "' and its health component, and must be a letter"
							+ " followed by letters, digits or '_'.",
					"Rename '" + prefix + "' to a name such as 'r1'.");
		}
		Connection connection = binder.bind(prefix, Connection.class, Connection::new);
		if (!StringUtils.hasText(connection.url)) {
			throw new DataSourceConfigurationException("The replica '" + prefix + "' has no url.",
					"Set '" + prefix + ".url' to the JDBC url of the replica, or remove '" + prefix + "'.");
		}
		if (JdbcUrls.isEmbedded(connection.url)) {
			throw new DataSourceConfigurationException(
					"The replica '" + prefix + "' is an embedded database (" + JdbcUrls.mask(connection.url) + ").",
					"Set '" + prefix + ".url' to the JDBC url of a replica server of source '" + source + "'.");
		}
		if (connection.weight < 1) {
			throw new DataSourceConfigurationException(
					"'" + prefix + ".weight' is " + connection.weight + ", but a weight is at least 1.",
					"Set '" + prefix + ".weight' to 1 or more (a replica's share of the reads), or remove"
							+ " the replica to send it none.");
		}
		HikariConfig pool = new HikariConfig();
		sourcePool.copyStateTo(pool);
		pool.setJdbcUrl(connection.url);
		if (connection.username != null) {
			pool.setUsername(connection.username);
		}
		if (connection.password != null) {
			pool.setPassword(connection.password);
		}
		if (StringUtils.hasText(connection.driverClassName)) {
			if (!ClassUtils.isPresent(connection.driverClassName, classLoader)) {
				throw new DataSourceConfigurationException(
						"The JDBC driver " + connection.driverClassName + " of replica '" + prefix
								+ "' is not on the classpath.",
						"Add the driver's jar to the application, or correct '" + prefix + ".driver-class-name'.");
			}
			pool.setDriverClassName(connection.driverClassName);
		}
		if (!timeoutSet && pool.getConnectionTimeout() == HIKARI_DEFAULT_CONNECTION_TIMEOUT) {
			pool.setConnectionTimeout(REPLICA_CONNECTION_TIMEOUT);
		}
		pool.setPoolName(ReplicaDefinition.qualifiedName(source, name));
		pool.setReadOnly(true);
		binder.bindOnto(prefix + ".hikari", pool);
		pool.setReadOnly(true);
		return new ReplicaDefinition(source, name, connection.weight, pool);
	}

	/**
	 * Bind how the reads of a source are served.
	 * @param binder the binder
	 * @param source the source name
	 * @return the settings
	 */
	static ReadSettings bindRead(SourceBinder binder, String source) {
		String prefix = SourceEnvironment.prefixOf(source) + ".read";
		ReadSettings read = binder.bind(prefix, ReadSettings.class, ReadSettings::defaults);
		requirePositive(prefix + ".max-lag", read.maxLag());
		requirePositive(prefix + ".check-interval", read.checkInterval());
		return read;
	}

	private static void requirePositive(String key, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new DataSourceConfigurationException("'" + key + "' is " + value + ", but it must be positive.",
					"Set '" + key + "' to a duration such as 10s or 200ms.");
		}
	}

	/**
	 * The connection keys of one replica.
	 */
	static final class Connection {

		private @Nullable String url;

		private @Nullable String username;

		private @Nullable String password;

		private @Nullable String driverClassName;

		private int weight = 1;

		public void setUrl(String url) {
			this.url = url;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public void setDriverClassName(String driverClassName) {
			this.driverClassName = driverClassName;
		}

		public void setWeight(int weight) {
			this.weight = weight;
		}

	}

}
