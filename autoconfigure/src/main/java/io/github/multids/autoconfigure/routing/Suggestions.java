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

import java.util.Set;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.ClosestName;

/**
 * The startup error for an annotation that names no configured source.
 *
 * @author multids
 */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * Return the source an annotation names, failing when no source has that name.
	 * @param what the annotated element, as the start of a sentence
	 * @param name the source name in the annotation
	 * @param names the source names, in configuration order
	 * @return the name
	 * @throws DataSourceConfigurationException when no source has that name
	 */
	public static String requireAnnotatedSource(String what, String name, Set<String> names) {
		if (names.contains(name)) {
			return name;
		}
		String hint = ClosestName.of(name, names).map((candidate) -> "Did you mean '" + candidate + "'? ").orElse("");
		throw new DataSourceConfigurationException(
				what + " is annotated @UseDataSource(\"" + name
						+ "\") but no source has that name; the configured sources are " + names + ".",
				hint + "Use one of " + names + " in the annotation, or configure 'datasources." + name + ".url'.");
	}

}
