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

/**
 * A read replica of a {@link Replication}, reachable over plain JDBC with the primary's
 * credentials.
 *
 * @param name its name, such as {@code r1}, as in {@code datasources.<n>.replicas.r1}
 * @param server its server
 * @author multids
 */
public record Replica(String name, DatabaseServer server) {

	@Override
	public String toString() {
		return "replica " + this.name + " (" + this.server + ")";
	}

}
