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

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import io.github.multids.benchmarks.StartupBenchmark.StartupCase;

/**
 * Prints the startup samples as a table of medians per configuration, then the startup
 * targets.
 *
 * @author multids
 */
class StartupReport {

	private final Map<StartupCase, List<StartupSample>> samples;

	StartupReport(Map<StartupCase, List<StartupSample>> samples) {
		this.samples = samples;
	}

	void print() {
		long oneSource = median(this.samples.get(StartupBenchmark.CASES.get(0)), StartupSample::startedMillis);
		System.out.println("| sources | repositories | started in (ms, median) | min-max | x 1 source"
				+ " | JVM uptime at started (ms) | heap after startup + GC (MiB) | connections per pool right after"
				+ " startup | pools' minimum-idle / maximum-pool-size |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		this.samples.forEach((startupCase, runs) -> {
			IntSummaryStatistics connections = connections(runs);
			StartupSample first = runs.get(0);
			long started = median(runs, StartupSample::startedMillis);
			System.out.printf("| %s | %d | %d | %d-%d | %.2fx | %d | %.0f | %d-%d | %d / %d |%n", startupCase,
					first.repositories(), started,
					runs.stream().mapToLong(StartupSample::startedMillis).min().orElse(0),
					runs.stream().mapToLong(StartupSample::startedMillis).max().orElse(0), (double) started / oneSource,
					median(runs, StartupSample::uptimeMillis),
					median(runs, StartupSample::heapBytes) / (1024.0 * 1024.0), connections.getMin(),
					connections.getMax(), first.minimumIdle(), first.maximumPoolSize());
		});
		System.out.println();
		double ratio = (double) median(this.samples.get(StartupBenchmark.CASES.get(2)), StartupSample::startedMillis)
				/ oneSource;
		System.out.printf("- %s startup with 16 sources = %.2fx startup with 1 (target <= 2x)%n",
				CallReport.verdict(ratio <= 2), ratio);
		this.samples.forEach((startupCase, runs) -> {
			int most = connections(runs).getMax();
			System.out.printf(
					"- %s %s: at most %d connection(s) per pool right after startup (target <= 1 unless"
							+ " configured; the pools' minimum-idle is %d)%n",
					CallReport.verdict(most <= 1), startupCase, most, runs.get(0).minimumIdle());
		});
	}

	private static IntSummaryStatistics connections(List<StartupSample> runs) {
		return runs.stream()
			.flatMap((sample) -> sample.connections().stream())
			.mapToInt(Integer::intValue)
			.summaryStatistics();
	}

	private static long median(List<StartupSample> runs, ToLongFunction<StartupSample> value) {
		long[] values = runs.stream().mapToLong(value).sorted().toArray();
		return values[values.length / 2];
	}

}
