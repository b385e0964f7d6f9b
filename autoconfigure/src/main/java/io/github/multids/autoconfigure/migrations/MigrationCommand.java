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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one migration command on several targets, a bounded number at a time, and prints
 * one line per target in the order the targets were given.
 *
 * @author multids
 */
public final class MigrationCommand {

	private final MigrationMode mode;

	private final int parallelism;

	public MigrationCommand(MigrationMode mode, int parallelism) {
		this.mode = mode;
		this.parallelism = Math.max(1, parallelism);
	}

	/**
	 * Run the command on every target and print a line for each.
	 * @param targets the targets
	 * @param out where the lines go
	 * @return the results in the order of the targets
	 */
	public List<MigrationResult> run(List<? extends MigrationTarget> targets, PrintStream out) {
		List<MigrationResult> results = new ArrayList<>();
		if (targets.isEmpty()) {
			return results;
		}
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(this.parallelism, targets.size()),
				(task) -> new Thread(task, "multids-migrations"));
		try {
			List<Future<MigrationResult>> futures = new ArrayList<>();
			targets.forEach((target) -> futures.add(executor.submit(() -> timed(target))));
			for (Future<MigrationResult> future : futures) {
				MigrationResult result = await(future);
				out.println(result.line());
				results.add(result);
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private MigrationResult timed(MigrationTarget target) {
		long start = System.nanoTime();
		MigrationResult result;
		try {
			result = this.mode.run(target);
		}
		catch (RuntimeException ex) {
			result = MigrationResult.failure(target.name(), String.valueOf(ex.getMessage()));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new MigrationResult(result.target(), result.succeeded(), result.summary() + " (" + millis + " ms)");
	}

	private static MigrationResult await(Future<MigrationResult> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running migrations", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Migrations failed unexpectedly", ex.getCause());
		}
	}

}
