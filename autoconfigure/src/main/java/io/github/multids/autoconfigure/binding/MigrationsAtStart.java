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

import java.util.Arrays;
import java.util.Locale;

import io.github.multids.DataSourceConfigurationException;

/**
 * What startup does with a source's migrations: `datasources.<name>.migrations.at-start`.
 *
 * @author multids
 */
public enum MigrationsAtStart {

	/**
	 * Apply pending migrations before the source serves (the default).
	 */
	MIGRATE,

	/**
	 * Fail startup when a migration is pending, failed or changed; apply nothing.
	 */
	VALIDATE,

	/**
	 * Leave the database alone.
	 */
	NONE;

	/**
	 * Return the value as written in configuration.
	 * @return the value
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static MigrationsAtStart of(String source, String value) {
		return Arrays.stream(values())
			.filter((candidate) -> candidate.value().equalsIgnoreCase(value.trim()))
			.findFirst()
			.orElseThrow(() -> new DataSourceConfigurationException(
					"'datasources." + source + ".migrations.at-start' is '" + value
							+ "', which is not one of migrate, validate or none.",
					"Set 'datasources." + source + ".migrations.at-start' to migrate (the default), validate"
							+ " or none."));
	}

}
