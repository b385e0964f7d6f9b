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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.multids.autoconfigure.migrations.MigrationResult;
import io.github.multids.autoconfigure.migrations.MigrationTarget;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The migrations of one source run by its Flyway, described in one line each: applied
 * count and version, or the failing script; pending, failed and changed migrations.
 *
 * @author multids
 */
public final class FlywayMigrationTarget implements MigrationTarget {

	private final String name;

	private final Flyway flyway;

	public FlywayMigrationTarget(String name, Flyway flyway) {
		this.name = name;
		this.flyway = flyway;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public MigrationResult migrate() {
		try {
			MigrateResult result = this.flyway.migrate();
			return MigrationResult.success(this.name, "applied " + result.migrationsExecuted + " migration"
					+ ((result.migrationsExecuted != 1) ? "s" : "") + ", now at version " + currentVersion());
		}
		catch (FlywayException ex) {
			return MigrationResult.failure(this.name, failure(ex));
		}
	}

	@Override
	public MigrationResult validate() {
		try {
			List<String> problems = problems();
			return problems.isEmpty() ? MigrationResult.success(this.name, "valid, at version " + currentVersion())
					: MigrationResult.failure(this.name, String.join("; ", problems));
		}
		catch (FlywayException ex) {
			return MigrationResult.failure(this.name, failure(ex));
		}
	}

	@Override
	public MigrationResult info() {
		try {
			MigrationInfo[] pending = this.flyway.info().pending();
			return MigrationResult.success(this.name, "at version " + currentVersion() + ", " + ((pending.length == 0)
					? "no pending migrations" : pending.length + " pending: " + scripts(pending)));
		}
		catch (FlywayException ex) {
			return MigrationResult.failure(this.name, failure(ex));
		}
	}

	/**
	 * Return what keeps the database from being valid: pending, failed and changed
	 * migrations, each group naming its scripts.
	 * @return the problems, empty when the database is up to date
	 */
	List<String> problems() {
		MigrationInfoService info = this.flyway.info();
		MigrationInfo[] pending = info.pending();
		MigrationInfo[] failed = Arrays.stream(info.all())
			.filter((migration) -> migration.getState().isFailed())
			.toArray(MigrationInfo[]::new);
		Set<String> known = Arrays.stream(pending).map(FlywayMigrationTarget::version).collect(Collectors.toSet());
		Arrays.stream(failed).map(FlywayMigrationTarget::version).forEach(known::add);
		ValidateResult validation = this.flyway.validateWithResult();
		List<String> changed = validation.invalidMigrations.stream()
			.filter((invalid) -> !known.contains(String.valueOf(invalid.version)))
			.map(FlywayMigrationTarget::describe)
			.toList();
		List<String> problems = new ArrayList<>();
		if (pending.length > 0) {
			problems.add(pending.length + " pending: " + scripts(pending));
		}
		if (failed.length > 0) {
			problems.add(failed.length + " failed: " + scripts(failed));
		}
		if (!changed.isEmpty()) {
			problems.add(changed.size() + " changed: " + String.join(", ", changed));
		}
		return problems;
	}

	private String currentVersion() {
		MigrationInfo current = this.flyway.info().current();
		return (current != null && current.getVersion() != null) ? current.getVersion().toString() : "none";
	}

	private static String version(MigrationInfo migration) {
		return String.valueOf(migration.getVersion());
	}

	private static String scripts(MigrationInfo[] migrations) {
		return Arrays.stream(migrations).map(MigrationInfo::getScript).collect(Collectors.joining(", "));
	}

	private static String describe(ValidateOutput invalid) {
		String script = (invalid.filepath != null && !invalid.filepath.isEmpty()) ? invalid.filepath
				: invalid.version + " " + invalid.description;
		return (invalid.errorDetails != null) ? script + " (" + oneLine(invalid.errorDetails.errorMessage) + ")"
				: script;
	}

	// Flyway's message spans several lines: the first names the script, the one
	// starting with 'Message' says what the database answered
	private static String failure(FlywayException ex) {
		String message = String.valueOf(ex.getMessage());
		String[] lines = message.split("\\R");
		String detail = Arrays.stream(lines)
			.filter((line) -> line.startsWith("Message"))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse("");
		return lines[0].trim() + (detail.isEmpty() ? "" : ": " + detail);
	}

	private static String oneLine(String message) {
		return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").trim();
	}

}
