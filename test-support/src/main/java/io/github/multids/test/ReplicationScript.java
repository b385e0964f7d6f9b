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

package io.github.multids.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code replication.sh}, the script that sets up the replication of the tests, from
 * this module's resources.
 *
 * @author multids
 */
final class ReplicationScript {

	/**
	 * Where the script lives in the source tree, to run it by hand.
	 */
	static final String SOURCE_PATH = "test-support/src/main/resources/io/github/multids/test/replication.sh";

	private ReplicationScript() {
	}

	/**
	 * Run the script with the arguments and wait for it.
	 * @param arguments such as {@code setup} or {@code stop postgresql r2}
	 * @throws IllegalStateException if it fails, with its output
	 */
	static void run(String... arguments) {
		List<String> command = new ArrayList<>(List.of("bash", extract().toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException(
						"'bash " + SOURCE_PATH + " " + String.join(" ", arguments) + "' failed:\n" + output.strip());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run bash " + SOURCE_PATH + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + SOURCE_PATH, ex);
		}
	}

	private static Path extract() {
		try (InputStream script = ReplicationScript.class.getResourceAsStream("replication.sh")) {
			Path file = Files.createTempFile("multids-replication", ".sh");
			file.toFile().deleteOnExit();
			Files.copy(script, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not extract replication.sh: " + ex.getMessage(), ex);
		}
	}

}
