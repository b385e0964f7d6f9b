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
package io.github.multids.autoconfigure.tenants;

import java.util.function.BiFunction;

import javax.sql.DataSource;

import io.github.multids.autoconfigure.binding.MigrationsAtStart;
import io.github.multids.autoconfigure.migrations.MigrationResult;
import io.github.multids.autoconfigure.migrations.MigrationTarget;
import org.jspecify.annotations.Nullable;

/**
 * The migrations of a tenant source, run on one tenant's database: at registration as
 * {@code migrations.at-start} says, or by the migration commands.
 *
 * @author multids
 */
public final class TenantMigrations {

	private final String source;

	private final MigrationsAtStart atStart;

	private final @Nullable BiFunction<String, DataSource, MigrationTarget> targets;

	private final @Nullable String library;

	/**
	 * Create the migrations of a tenant source.
	 * @param source the source name
	 * @param atStart what registering a tenant does with them
	 * @param targets the migration of a tenant's database, given its name and data
	 * source; {@code null} when the source has no migrations
	 * @param library the name of the library that migrates, {@code null} for none
	 */
	public TenantMigrations(String source, MigrationsAtStart atStart,
			@Nullable BiFunction<String, DataSource, MigrationTarget> targets, @Nullable String library) {
		this.source = source;
		this.atStart = atStart;
		this.targets = targets;
		this.library = library;
	}

	/**
	 * Return the library that migrates each tenant's database.
	 * @return {@code flyway} or {@code liquibase}, {@code null} for none
	 */
	public @Nullable String library() {
		return this.library;
	}

	/**
	 * Return the name a tenant's migration is reported under.
	 * @param source the source
	 * @param tenant the tenant
	 * @return {@code <source>/<tenant>}
	 */
	public static String targetName(String source, String tenant) {
		return source + "/" + tenant;
	}

	/**
	 * Return whether the source has migrations.
	 * @return whether there is anything to run on a tenant's database
	 */
	public boolean hasMigrations() {
		return this.targets != null;
	}

	/**
	 * Return the migration of one tenant's database.
	 * @param tenant the tenant
	 * @param dataSource a data source of the tenant's database
	 * @return the migration target
	 * @throws IllegalStateException when the source has no migrations
	 */
	public MigrationTarget target(String tenant, DataSource dataSource) {
		if (this.targets == null) {
			throw new IllegalStateException("Source '" + this.source + "' has no migrations");
		}
		return this.targets.apply(targetName(this.source, tenant), dataSource);
	}

	/**
	 * Do with a newly registered tenant's database what {@code migrations.at-start} says.
	 * @param tenant the tenant
	 * @param dataSource a data source of its database
	 * @return the result
	 */
	public MigrationResult atStart(String tenant, DataSource dataSource) {
		return switch (this.atStart) {
			case MIGRATE -> target(tenant, dataSource).migrate();
			case VALIDATE -> target(tenant, dataSource).validate();
			case NONE -> MigrationResult.success(targetName(this.source, tenant), "left as it is (at-start: none)");
		};
	}

}
