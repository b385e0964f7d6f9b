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

import com.zaxxer.hikari.HikariConfig;

/**
 * One read replica of a source, bound from `datasources.<n>.replicas.<r>`: its pool
 * inherits the source's credentials, driver and `hikari.*` unless the replica sets them,
 * is named `<n>.<r>` and is read-only.
 *
 * @author multids
 */
public final class ReplicaDefinition {

	private final String source;

	private final String name;

	private final int weight;

	private final HikariConfig pool;

	ReplicaDefinition(String source, String name, int weight, HikariConfig pool) {
		this.source = source;
		this.name = name;
		this.weight = weight;
		this.pool = pool;
	}

	/**
	 * Return the name of the source the replica belongs to.
	 * @return the source name
	 */
	public String source() {
		return this.source;
	}

	/**
	 * Return the replica's name under `replicas`.
	 * @return the replica name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the name of the replica's pool and bean qualifier: `<n>.<r>`.
	 * @return the qualified name
	 */
	public String qualifiedName() {
		return qualifiedName(this.source, this.name);
	}

	/**
	 * Return the name of a replica's pool and bean qualifier.
	 * @param source the source name
	 * @param replica the replica name
	 * @return `<source>.<replica>`
	 */
	public static String qualifiedName(String source, String replica) {
		return source + "." + replica;
	}

	/**
	 * Return the replica's share of the reads relative to the source's other replicas.
	 * @return the weight, at least 1
	 */
	public int weight() {
		return this.weight;
	}

	/**
	 * Return the url the replica's pool connects to.
	 * @return the JDBC url
	 */
	public String jdbcUrl() {
		return this.pool.getJdbcUrl();
	}

	/**
	 * Return the type the connection keys of a replica are bound to, for reflection
	 * hints.
	 * @return the bound type
	 */
	public static Class<?> connectionSettingsType() {
		return ReplicaSettings.Connection.class;
	}

	/**
	 * Copy the pool configuration onto a pool.
	 * @param target the pool or configuration to configure
	 */
	public void configurePool(HikariConfig target) {
		this.pool.copyStateTo(target);
	}

}
