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
import java.util.Map;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Creates a fresh database on the JVM's embedded PostgreSQL server for each source name,
 * once per test context.
 *
 * @author multids
 */
class EmbeddedPostgresSourceContextCustomizer implements ContextCustomizer {

	private final Set<String> names;

	EmbeddedPostgresSourceContextCustomizer(Set<String> names) {
		this.names = Set.copyOf(names);
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String name : this.names) {
			properties.putAll(server.createDatabase(name));
		}
		SourceConnections.addTo(context.getEnvironment(), properties);
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof EmbeddedPostgresSourceContextCustomizer other) && this.names.equals(other.names);
	}

	@Override
	public int hashCode() {
		return this.names.hashCode();
	}

}
