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
package io.github.multids.autoconfigure;

import java.util.List;

import io.github.multids.autoconfigure.migrations.MigrationCommandExit;

/**
 * Ends a run with a MigrationCommandExit, and makes the JVM exit with its code once it
 * leaves the main thread, as it does when the command runs from `main`; a caller that
 * catches it (a test) keeps its JVM.
 *
 * @author multids
 */
final class MigrationCommandExits {

	private MigrationCommandExits() {
	}

	static MigrationCommandExit exit(int exitCode, List<String> lines) {
		Thread thread = Thread.currentThread();
		if ("main".equals(thread.getName())) {
			Thread.UncaughtExceptionHandler previous = thread.getUncaughtExceptionHandler();
			thread.setUncaughtExceptionHandler((failed, ex) -> {
				MigrationCommandExit exit = find(ex);
				if (exit != null) {
					System.exit(exit.getExitCode());
				}
				previous.uncaughtException(failed, ex);
			});
		}
		return new MigrationCommandExit(exitCode, lines);
	}

	// A launcher (Spring Boot's JarLauncher) may wrap it on its way out of main
	private static MigrationCommandExit find(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MigrationCommandExit exit) {
				return exit;
			}
		}
		return null;
	}

}
