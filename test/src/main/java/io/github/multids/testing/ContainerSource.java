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

import java.lang.reflect.Field;
import java.util.Map;

import org.testcontainers.containers.JdbcDatabaseContainer;

import org.springframework.util.Assert;
import org.springframework.util.ReflectionUtils;

/**
 * A source name and the database container that serves it.
 *
 * @param name the source name
 * @param container the container
 * @author multids
 */
record ContainerSource(String name, JdbcDatabaseContainer<?> container) {

	static ContainerSource of(Field field) {
		String name = field.getAnnotation(SourceConnection.class).value();
		Assert.state(!name.isBlank(), () -> "@SourceConnection on field '%s' of %s needs a source name"
			.formatted(field.getName(), field.getDeclaringClass().getName()));
		ReflectionUtils.makeAccessible(field);
		Object value = ReflectionUtils.getField(field, null);
		Assert.state(value instanceof JdbcDatabaseContainer,
				() -> "@SourceConnection(\"%s\") field '%s' of %s must hold a %s".formatted(name, field.getName(),
						field.getDeclaringClass().getName(), JdbcDatabaseContainer.class.getName()));
		return new ContainerSource(name, (JdbcDatabaseContainer<?>) value);
	}

	/**
	 * Start the container unless it runs, and return the properties that connect the
	 * source to it.
	 * @return the {@code datasources.<name>.*} properties
	 */
	Map<String, Object> properties() {
		if (!this.container.isRunning()) {
			this.container.start();
		}
		return SourceConnections.properties(this.name, this.container.getJdbcUrl(), this.container.getUsername(),
				this.container.getPassword(), this.container.getDriverClassName());
	}

	// The same container object, whatever its state: a container's own equality may
	// change once it runs.
	@Override
	public boolean equals(Object obj) {
		return (obj instanceof ContainerSource other) && this.name.equals(other.name)
				&& this.container == other.container;
	}

	@Override
	public int hashCode() {
		return 31 * this.name.hashCode() + System.identityHashCode(this.container);
	}

}
