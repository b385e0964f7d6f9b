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

package io.github.multids.test;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database of the test run on a {@link Replication}'s primary that has arrived on each
 * of its replicas.
 *
 * @param primary the database on the primary, the one to write to
 * @param replicas the same database on each replica, by replica name
 * @author multids
 */
public record ReplicatedDatabase(Database primary, Map<String, Database> replicas) {

	/**
	 * Return the database on the named replica.
	 * @param replica the replica's name, such as {@code r1}
	 * @return the database on that replica
	 * @throws IllegalArgumentException if there is no such replica
	 */
	public Database replica(String replica) {
		Database database = this.replicas.get(replica);
		if (database == null) {
			throw new IllegalArgumentException(
					"No replica named '" + replica + "'; the replicas are " + this.replicas.keySet() + ".");
		}
		return database;
	}

	/**
	 * Return the database on the given replica.
	 * @param replica the replica
	 * @return the database on that replica
	 */
	public Database on(Replica replica) {
		return replica(replica.name());
	}

	/**
	 * Return the properties that point a source at the primary and its replicas:
	 * {@code datasources.<source>.url}, {@code username}, {@code password} and
	 * {@code datasources.<source>.replicas.<r>.url} for each replica.
	 * @param source the source name
	 * @return the properties
	 */
	public Map<String, Object> properties(String source) {
		Map<String, Object> properties = new LinkedHashMap<>(this.primary.properties(source));
		this.replicas.forEach((name, database) -> properties.put("datasources." + source + ".replicas." + name + ".url",
				database.url()));
		return properties;
	}

}
