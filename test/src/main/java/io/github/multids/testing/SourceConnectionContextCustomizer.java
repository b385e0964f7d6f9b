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
package io.github.multids.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Connects each source named by a {@link SourceConnection @SourceConnection} field to its
 * container.
 *
 * @author multids
 */
class SourceConnectionContextCustomizer implements ContextCustomizer {

	private final List<ContainerSource> sources;

	SourceConnectionContextCustomizer(List<ContainerSource> sources) {
		this.sources = List.copyOf(sources);
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (ContainerSource source : this.sources) {
			properties.putAll(source.properties());
		}
		SourceConnections.addTo(context.getEnvironment(), properties);
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof SourceConnectionContextCustomizer other) && this.sources.equals(other.sources);
	}

	@Override
	public int hashCode() {
		return this.sources.hashCode();
	}

}
