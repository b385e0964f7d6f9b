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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.github.multids.autoconfigure.migrations.MigrationResult;
import io.github.multids.autoconfigure.migrations.MigrationTarget;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.exception.LiquibaseException;
import liquibase.exception.ValidationFailedException;

/**
 * The change log of one source applied by its Liquibase, described in one line each:
 * applied change sets and the last one, or the failing change set; pending and changed
 * change sets.
 *
 * @author multids
 */
public final class LiquibaseMigrationTarget implements MigrationTarget {

	private final String name;

	private final SourceLiquibase liquibase;

	public LiquibaseMigrationTarget(String name, SourceLiquibase liquibase) {
		this.name = name;
		this.liquibase = liquibase;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public MigrationResult migrate() {
		return withLiquibase((liquibase) -> {
			int pending = liquibase.listUnrunChangeSets(this.liquibase.contexts(), this.liquibase.labels()).size();
			liquibase.update(this.liquibase.contexts(), this.liquibase.labels());
			return MigrationResult.success(this.name, "applied " + pending + " change set" + ((pending != 1) ? "s" : "")
					+ ", now at change set " + current(liquibase));
		});
	}

	@Override
	public MigrationResult validate() {
		return withLiquibase((liquibase) -> {
			List<ChangeSet> pending = liquibase.listUnrunChangeSets(this.liquibase.contexts(), this.liquibase.labels());
			try {
				liquibase.validate();
			}
			catch (ValidationFailedException ex) {
				return MigrationResult.failure(this.name, "changed: " + oneLine(ex.getMessage()));
			}
			return pending.isEmpty() ? MigrationResult.success(this.name, "valid, at change set " + current(liquibase))
					: MigrationResult.failure(this.name, describe(pending));
		});
	}

	@Override
	public MigrationResult info() {
		return withLiquibase((liquibase) -> {
			List<ChangeSet> pending = liquibase.listUnrunChangeSets(this.liquibase.contexts(), this.liquibase.labels());
			return MigrationResult.success(this.name, "at change set " + current(liquibase) + ", "
					+ (pending.isEmpty() ? "no pending change sets" : describe(pending)));
		});
	}

	static String describe(List<ChangeSet> pending) {
		return pending.size() + " pending: "
				+ pending.stream()
					.map((changeSet) -> changeSet.getId() + " (" + changeSet.getFilePath() + ")")
					.collect(Collectors.joining(", "));
	}

	private MigrationResult withLiquibase(Action action) {
		DataSource dataSource = this.liquibase.getDataSource();
		try (Connection connection = dataSource.getConnection();
				Liquibase liquibase = this.liquibase.open(connection)) {
			return action.run(liquibase);
		}
		catch (LiquibaseException | SQLException ex) {
			return MigrationResult.failure(this.name, failure(ex));
		}
	}

	private static String current(Liquibase liquibase) throws LiquibaseException {
		List<RanChangeSet> ran = liquibase.getDatabase().getRanChangeSetList();
		if (ran.isEmpty()) {
			return "none";
		}
		RanChangeSet last = ran.get(ran.size() - 1);
		return last.getId() + " (" + last.getChangeLog() + ")";
	}

	// Liquibase's message names the change set on its first line and the database's
	// answer on the one starting with 'Reason'
	private static String failure(Exception ex) {
		String[] lines = String.valueOf(ex.getMessage()).split("\\R");
		String reason = Arrays.stream(lines)
			.map(String::trim)
			.filter((line) -> line.startsWith("Reason"))
			.findFirst()
			.orElse("");
		return lines[0].replaceAll("^((\\w+\\.)+\\w+Exception: )+", "").trim() + (reason.isEmpty() ? "" : " " + reason);
	}

	private static String oneLine(String message) {
		return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").trim();
	}

	@FunctionalInterface
	private interface Action {

		MigrationResult run(Liquibase liquibase) throws LiquibaseException;

	}

}
