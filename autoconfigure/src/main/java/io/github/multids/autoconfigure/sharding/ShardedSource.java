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

import java.util.List;

import io.github.multids.autoconfigure.binding.JdbcUrls;

/**
 * What the engine configuration file of a sharded source says, read once at startup: its
 * physical databases and sharded tables.
 *
 * @author multids
 * @since 0.1.0
 */
public final class ShardedSource {

	private final String name;

	private final String configuration;

	private final byte[] content;

	private final List<PhysicalDatabase> databases;

	private final List<String> tables;

	ShardedSource(String name, String configuration, byte[] content, List<PhysicalDatabase> databases,
			List<String> tables) {
		this.name = name;
		this.configuration = configuration;
		this.content = content.clone();
		this.databases = List.copyOf(databases);
		this.tables = List.copyOf(tables);
	}

	/**
	 * Return the source name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the location of the engine configuration file, as the url names it.
	 * @return the location, such as {@code classpath:sharding/orders.yaml}
	 */
	public String configuration() {
		return this.configuration;
	}

	/**
	 * Return the physical databases, in the order of the file.
	 * @return the physical databases
	 */
	public List<PhysicalDatabase> databases() {
		return this.databases;
	}

	/**
	 * Return the logic tables of the sharding rule ({@code tables} and
	 * {@code autoTables}).
	 * @return the sharded tables
	 */
	public List<String> tables() {
		return this.tables;
	}

	byte[] content() {
		return this.content.clone();
	}

	/**
	 * One physical database of a sharded source, as the engine configuration lists it.
	 *
	 * @param name the data source name in the file, such as {@code ds_0}
	 * @param url its JDBC url
	 */
	public record PhysicalDatabase(String name, String url) {

		/**
		 * Return the vendor id of the database, as the `{vendor}` placeholder uses it.
		 * @return the vendor id
		 */
		public String vendor() {
			return JdbcUrls.vendor(this.url);
		}

	}

}
