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

package io.github.multids.autoconfigure.flyway;

import io.github.multids.autoconfigure.jdbc.StartupConnectivity;
import org.flywaydb.core.Flyway;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates a source at startup. For an optional source whose database was down at
 * startup, migrations run in the background as soon as the database is back.
 *
 * @author multids
 */
class SourceFlywayMigrationInitializer extends FlywayMigrationInitializer {

	private final String name;

	private final Flyway flyway;

	private final StartupConnectivity connectivity;

	SourceFlywayMigrationInitializer(String name, Flyway flyway, FlywayMigrationStrategy strategy,
			StartupConnectivity connectivity) {
		super(flyway, strategy);
		this.name = name;
		this.flyway = flyway;
		this.connectivity = connectivity;
	}

	@Override
	public void afterPropertiesSet() throws Exception {
		if (this.connectivity.isReachable(this.name)) {
			super.afterPropertiesSet();
		}
		else {
			this.connectivity.whenBack(this.name, "Migrations", this.flyway::migrate);
		}
	}

}
