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
package io.github.multids.autoconfigure.routing;

import java.util.Map;

import io.github.multids.UnknownDataSourceException;
import io.github.multids.context.SourceStack;

/**
 * One object per source, and the one of the current source (else of the default source):
 * the lookup behind the routing `dataSource` and `transactionManager`, one thread-local
 * read and one lookup in a map fixed at startup.
 *
 * @param <T> the type of the per-source objects
 * @author multids
 */
public final class SourceTargets<T> {

	private final Map<String, T> targets;

	private final T defaultTarget;

	public SourceTargets(Map<String, T> targets, String defaultName) {
		this.targets = Map.copyOf(targets);
		this.defaultTarget = targets.get(defaultName);
	}

	/**
	 * Return the object of the current source, else of the default source.
	 * @return the current target
	 * @throws UnknownDataSourceException when the current source has no object here
	 */
	public T current() {
		String name = SourceStack.current().peek();
		if (name == null) {
			return this.defaultTarget;
		}
		T target = this.targets.get(name);
		return (target != null) ? target : unknown(name);
	}

	private T unknown(String name) {
		throw new UnknownDataSourceException(name, this.targets.keySet());
	}

}
