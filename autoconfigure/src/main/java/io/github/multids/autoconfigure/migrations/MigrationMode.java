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

import java.util.function.Function;

/**
 * The commands that run migrations and exit, each switched on by its property.
 *
 * @author multids
 */
public enum MigrationMode {

	/**
	 * Apply pending migrations: `multids.migrate-and-exit`.
	 */
	MIGRATE("multids.migrate-and-exit", MigrationTarget::migrate),

	/**
	 * Fail when a migration is pending, failed or changed: `multids.validate-and-exit`.
	 */
	VALIDATE("multids.validate-and-exit", MigrationTarget::validate),

	/**
	 * Print the current version and the pending migrations: `multids.info-and-exit`.
	 */
	INFO("multids.info-and-exit", MigrationTarget::info);

	private final String property;

	private final Function<MigrationTarget, MigrationResult> action;

	MigrationMode(String property, Function<MigrationTarget, MigrationResult> action) {
		this.property = property;
		this.action = action;
	}

	/**
	 * Return the property that runs the command.
	 * @return the property name
	 */
	public String property() {
		return this.property;
	}

	MigrationResult run(MigrationTarget target) {
		return this.action.apply(target);
	}

}
