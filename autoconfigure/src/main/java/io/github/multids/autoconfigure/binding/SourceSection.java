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

/**
 * A group of settings under `datasources.<name>.<key>` that one concern applies (JPA,
 * Flyway), with the keys of its `spring.*` counterpart as the defaults of every source.
 *
 * @param <T> the bound settings
 * @author multids
 */
public abstract class SourceSection<T> {

	private final String key;

	private final String defaultsPrefix;

	/**
	 * Create a section.
	 * @param key the key of the section under `datasources.<name>`, such as `jpa`
	 * @param defaultsPrefix the prefix whose keys are the defaults of every source, such
	 * as `spring.jpa`
	 */
	protected SourceSection(String key, String defaultsPrefix) {
		this.key = key;
		this.defaultsPrefix = defaultsPrefix;
	}

	/**
	 * Return the key of the section under `datasources.<name>`.
	 * @return the key
	 */
	public final String key() {
		return this.key;
	}

	/**
	 * Return the prefix whose keys are the defaults of every source.
	 * @return the prefix of the defaults
	 */
	public final String defaultsPrefix() {
		return this.defaultsPrefix;
	}

	/**
	 * Return the prefix of this section's keys for one source.
	 * @param source the source name
	 * @return the prefix, such as `datasources.orders.jpa`
	 */
	protected final String sourcePrefix(String source) {
		return SourceEnvironment.prefixOf(source) + "." + this.key;
	}

	/**
	 * Return the keys the section accepts under `datasources.<name>.<key>`.
	 * @return the keys
	 */
	public abstract SourceKeys keys();

	/**
	 * Return the keys the section accepts under its defaults prefix.
	 * @return the keys
	 */
	public SourceKeys defaultKeys() {
		return keys();
	}

	/**
	 * Bind the settings of one source: the defaults, then the source's own keys over
	 * them.
	 * @param binder the binder
	 * @param source the source name
	 * @return the settings
	 */
	public abstract T bind(SourceBinder binder, String source);

}
