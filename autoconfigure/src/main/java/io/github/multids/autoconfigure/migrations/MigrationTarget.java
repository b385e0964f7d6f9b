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
package io.github.multids.autoconfigure.migrations;

/**
 * One database whose migrations a command runs: a source, or later one tenant of a tenant
 * source, whatever library migrates it.
 *
 * @author multids
 */
public interface MigrationTarget {

	/**
	 * Return the name the command reports the target under: the source name.
	 * @return the name
	 */
	String name();

	/**
	 * Apply the pending migrations.
	 * @return what was applied, or the error naming the failing script
	 */
	MigrationResult migrate();

	/**
	 * Check that no migration is pending, failed or changed.
	 * @return whether the database is up to date, listing what is not
	 */
	MigrationResult validate();

	/**
	 * Describe the current version and the pending migrations.
	 * @return the description, which succeeds unless the database cannot be read
	 */
	MigrationResult info();

}
