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
package io.github.multids.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Describes `datasources.<name>.*` for IDE completion. At runtime each concern binds its
 * own part of a source (connection, pool, JPA, Flyway) onto Spring Boot's property
 * classes.
 *
 * @author multids
 * @since 0.1.0
 */
@ConfigurationProperties
public class MultiDataSourceProperties {

	/**
	 * Sources by name. The name is the source's identity in bean names, qualifiers, pool
	 * names, health and metrics.
	 */
	private final Map<String, SourceProperties> datasources = new LinkedHashMap<>();

	public Map<String, SourceProperties> getDatasources() {
		return this.datasources;
	}

}
