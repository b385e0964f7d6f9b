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

import java.util.List;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;

/**
 * Ends `SpringApplication.run` once a migration command has run, before any context is
 * created; carries the exit code (0 when every target succeeded, else 1) and the lines
 * printed. Leaving `main`, it exits the JVM with that code.
 *
 * @author multids
 * @since 0.1.0
 */
public final class MigrationCommandExit extends SpringApplication.AbandonedRunException implements ExitCodeGenerator {

	private final int exitCode;

	private final List<String> lines;

	public MigrationCommandExit(int exitCode, List<String> lines) {
		this.exitCode = exitCode;
		this.lines = List.copyOf(lines);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/**
	 * Return the lines the command printed.
	 * @return the lines, one per target or one error
	 */
	public List<String> getLines() {
		return this.lines;
	}

	@Override
	public String getMessage() {
		return "multids migration command exited with " + this.exitCode + ": " + this.lines;
	}

}
