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
package io.github.multids.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.multids.benchmarks.startup.app.StartupApplication;

/**
 * Starts the startup application with 1, 4 and 16 sources, and with 16 sources whose
 * pools keep one idle connection, each time in a fresh JVM, in interleaved rounds after
 * one unrecorded warm-up round.
 *
 * @author multids
 */
class StartupBenchmark {

	static final List<StartupCase> CASES = List.of(new StartupCase(1, null), new StartupCase(4, null),
			new StartupCase(16, null), new StartupCase(16, 1));

	private final int rounds;

	StartupBenchmark(int rounds) {
		this.rounds = rounds;
	}

	Map<StartupCase, List<StartupSample>> run() throws IOException, InterruptedException {
		Map<StartupCase, List<StartupSample>> samples = new LinkedHashMap<>();
		for (int round = 0; round <= this.rounds; round++) {
			for (StartupCase startupCase : CASES) {
				StartupSample sample = start(startupCase);
				System.out.printf("# startup round %d/%d, %s: %d ms%s%n", round, this.rounds, startupCase,
						sample.startedMillis(), (round == 0) ? " (warm-up, not recorded)" : "");
				if (round > 0) {
					samples.computeIfAbsent(startupCase, (key) -> new ArrayList<>()).add(sample);
				}
			}
		}
		return samples;
	}

	private StartupSample start(StartupCase startupCase) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms1g", "-Xmx1g", "-cp",
						System.getProperty("java.class.path"), StartupApplication.class.getName(),
						Integer.toString(startupCase.sources())));
		if (startupCase.minimumIdle() != null) {
			command.add(startupCase.minimumIdle().toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		StartupSample sample = null;
		List<String> output = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				output.add(line);
				if (line.startsWith(StartupSample.PREFIX)) {
					sample = StartupSample.parse(line);
				}
			}
		}
		if (process.waitFor() != 0 || sample == null) {
			throw new IllegalStateException(
					"The startup application with " + startupCase + " failed:\n" + String.join("\n", output));
		}
		return sample;
	}

	/**
	 * One configuration of the startup application.
	 *
	 * @param sources the number of sources
	 * @param minimumIdle the minimum-idle of every pool, or {@code null} for the default
	 */
	record StartupCase(int sources, Integer minimumIdle) {

		@Override
		public String toString() {
			return this.sources + " source" + ((this.sources != 1) ? "s" : "")
					+ ((this.minimumIdle != null) ? ", minimum-idle " + this.minimumIdle : "");
		}

	}

}
