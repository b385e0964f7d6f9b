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
package io.github.multids.autoconfigure.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.MigrationsAtStart;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.jspecify.annotations.Nullable;

/**
 * The Liquibase of one source: applies its change log when created, validates it or
 * leaves the database alone, as `migrations.at-start` says; the migration commands open
 * it on a connection of their own.
 *
 * @author multids
 */
public final class SourceLiquibase extends SpringLiquibase {

	private final String source;

	private final MigrationsAtStart atStart;

	SourceLiquibase(String source, MigrationsAtStart atStart) {
		this.source = source;
		this.atStart = atStart;
	}

	@Override
	public void afterPropertiesSet() throws LiquibaseException {
		if (this.atStart != MigrationsAtStart.NONE) {
			super.afterPropertiesSet();
		}
	}

	@Override
	protected void performUpdate(Liquibase liquibase) throws LiquibaseException {
		if (this.atStart != MigrationsAtStart.VALIDATE) {
			super.performUpdate(liquibase);
			return;
		}
		List<ChangeSet> pending = liquibase.listUnrunChangeSets(contexts(), labels());
		if (!pending.isEmpty()) {
			throw new DataSourceConfigurationException(
					"Source '" + this.source + "' is not migrated and 'datasources." + this.source
							+ ".migrations.at-start' is validate: " + LiquibaseMigrationTarget.describe(pending) + ".",
					"Migrate it first (java -jar <app>.jar --multids.migrate-and-exit=" + this.source
							+ "), or set 'datasources." + this.source + ".migrations.at-start: migrate'.");
		}
		liquibase.validate();
	}

	/**
	 * Return whether startup leaves the database alone (\`migrations.at-start: none\`):
	 * reading its state would create Liquibase's tables.
	 * @return whether the database is left alone
	 */
	public boolean isLeftAlone() {
		return this.atStart == MigrationsAtStart.NONE;
	}

	/**
	 * Read the change sets applied and pending in the source's database.
	 * @return the state
	 * @throws LiquibaseException when Liquibase cannot read the change log or its table
	 * @throws SQLException when the database cannot be reached
	 */
	public State state() throws LiquibaseException, SQLException {
		try (Connection connection = getDataSource().getConnection(); Liquibase liquibase = open(connection)) {
			List<RanChangeSet> ran = liquibase.getDatabase().getRanChangeSetList();
			int pending = liquibase.listUnrunChangeSets(contexts(), labels()).size();
			return new State(ran.size(), pending, ran.isEmpty() ? null : ran.get(ran.size() - 1).getId());
		}
	}

	Liquibase open(Connection connection) throws LiquibaseException {
		return createLiquibase(connection);
	}

	Contexts contexts() {
		return new Contexts(this.contexts);
	}

	LabelExpression labels() {
		return new LabelExpression(this.labelFilter);
	}

	/**
	 * Change sets applied and pending in a source's database.
	 *
	 * @param applied the number of applied change sets
	 * @param pending the number of pending change sets
	 * @param lastChangeSet the id of the last applied change set, {@code null} when none
	 */
	public record State(int applied, int pending, @Nullable String lastChangeSet) {

	}

}
