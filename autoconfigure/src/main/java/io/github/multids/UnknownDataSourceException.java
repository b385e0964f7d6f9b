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

package io.github.multids;

import java.util.Collection;
import java.util.List;

/**
 * Thrown when a source name is used that is not configured under {@code datasources.*}.
 * multids never falls back to the default source in that case.
 *
 * @author multids
 * @since 0.1.0
 */
public class UnknownDataSourceException extends IllegalArgumentException {

	private final String name;

	private final List<String> knownNames;

	public UnknownDataSourceException(String name, Collection<String> knownNames) {
		super("No data source named '" + name + "'; the configured sources are " + knownNames);
		this.name = name;
		this.knownNames = List.copyOf(knownNames);
	}

	/**
	 * Return the name that was asked for.
	 * @return the unknown name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Return the names of the configured sources.
	 * @return the known names
	 */
	public List<String> getKnownNames() {
		return this.knownNames;
	}

}
