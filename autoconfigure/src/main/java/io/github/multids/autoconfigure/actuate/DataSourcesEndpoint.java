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
package io.github.multids.autoconfigure.actuate;

import java.util.List;

import io.github.multids.autoconfigure.jdbc.SourceCrossings.SourceCrossing;
import io.github.multids.autoconfigure.reporting.SourceDescriber;
import io.github.multids.autoconfigure.reporting.SourceDescription;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The routing map at `/actuator/datasources`: for each source where it points, which
 * entities and repositories it holds and why, its migrations and its pool; and the
 * crossings between sources seen so far.
 *
 * @author multids
 * @since 0.1.0
 */
@Endpoint(id = "datasources")
public class DataSourcesEndpoint {

	private final SourceDescriber describer;

	public DataSourcesEndpoint(SourceDescriber describer) {
		this.describer = describer;
	}

	/**
	 * Describe every source.
	 * @return the routing map
	 */
	@ReadOperation
	public RoutingMapDescriptor dataSources() {
		List<SourceDescription> sources = this.describer.describeAll();
		String defaultSource = sources.stream()
			.filter(SourceDescription::defaultSource)
			.map(SourceDescription::name)
			.findFirst()
			.orElse(null);
		return new RoutingMapDescriptor(defaultSource, sources, this.describer.crossings());
	}

	/**
	 * Describe one source.
	 * @param name the source name
	 * @return the source, or {@code null} (404) when no source has that name
	 */
	@ReadOperation
	public @Nullable SourceDescription dataSource(@Selector String name) {
		return this.describer.names().contains(name) ? this.describer.describe(name) : null;
	}

	/**
	 * The routing map.
	 *
	 * @param defaultSource the default source name
	 * @param sources the sources, in configuration order
	 * @param crossings the work seen so far that wrote on one source inside a transaction
	 * on another, by call site
	 */
	public record RoutingMapDescriptor(String defaultSource, List<SourceDescription> sources,
			List<SourceCrossing> crossings) implements OperationResponseBody {

	}

}
