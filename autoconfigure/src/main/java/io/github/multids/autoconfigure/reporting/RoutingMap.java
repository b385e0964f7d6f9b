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
package io.github.multids.autoconfigure.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.jdbc.SourceCrossings;
import io.github.multids.autoconfigure.routing.SourceAssignment;

/**
 * What was decided at startup: the sources and which repository went to which source, and
 * why; and what crossed between sources since.
 *
 * @author multids
 */
public final class RoutingMap {

	private final SourceDefinitions model;

	private final List<SourceAssignment> repositories;

	private final SourceCrossings crossings = new SourceCrossings();

	public RoutingMap(SourceDefinitions model, List<SourceAssignment> repositories) {
		this.model = model;
		this.repositories = List.copyOf(repositories);
	}

	/**
	 * Return the sources.
	 * @return the model
	 */
	public SourceDefinitions model() {
		return this.model;
	}

	/**
	 * Return the crossings seen so far: work that wrote on one source inside a
	 * transaction on another.
	 * @return the crossings
	 */
	public SourceCrossings crossings() {
		return this.crossings;
	}

	/**
	 * Return the source of every repository interface.
	 * @return source by repository interface name
	 */
	public Map<String, String> repositorySources() {
		Map<String, String> sources = new LinkedHashMap<>();
		this.repositories.forEach((assignment) -> sources.put(assignment.name(), assignment.source()));
		return sources;
	}

	/**
	 * Return the repositories assigned to a source.
	 * @param source the source name
	 * @return its repositories
	 */
	public List<SourceAssignment> repositories(String source) {
		return this.repositories.stream().filter((assignment) -> assignment.source().equals(source)).toList();
	}

}
