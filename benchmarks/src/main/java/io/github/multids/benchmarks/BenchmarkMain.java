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
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.multids.benchmarks.StartupBenchmark.StartupCase;

import io.github.multids.benchmarks.replicas.ReplicaBenchmarks;
import io.github.multids.benchmarks.tenants.TenantBenchmarks;
import io.github.multids.benchmarks.tenants.TenantFootprint;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark in one JMH run with the GC profiler, then the startup benchmark,
 * and prints the tables with their ratios and the machine they come from.
 * <p>
 * Options: {@code --startup-rounds=N} (default 5), {@code --no-jmh},
 * {@code --no-startup}, {@code --no-tenants} (the tenant footprint); any other argument
 * is a JMH option (e.g. {@code -f 1 -wi 1 -i 2} for a quick run, or a benchmark regex).
 *
 * @author multids
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = 5;
		boolean jmh = true;
		boolean startup = true;
		boolean tenants = true;
		List<String> jmhArgs = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--startup-rounds=")) {
				rounds = Integer.parseInt(arg.substring("--startup-rounds=".length()));
			}
			else if (arg.equals("--no-jmh") || arg.equals("--no-startup")) {
				jmh &= !arg.equals("--no-jmh");
				startup &= !arg.equals("--no-startup");
			}
			else if (arg.equals("--no-tenants")) {
				tenants = false;
			}
			else {
				jmhArgs.add(arg);
			}
		}
		String loadBefore = Machine.load();
		Collection<RunResult> results = jmh ? new Runner(options(jmhArgs)).run() : List.of();
		Map<StartupCase, List<StartupSample>> samples = startup ? new StartupBenchmark(rounds).run() : Map.of();
		List<String> footprint = tenants ? tenantFootprint() : List.of();
		System.out.println();
		System.out.println("Machine: " + Machine.describe());
		System.out.println("Load average (1, 5, 15 min): " + loadBefore + " before, " + Machine.load() + " after");
		System.out.println();
		if (!results.isEmpty()) {
			new CallReport(results).print();
			System.out.println();
		}
		if (!samples.isEmpty()) {
			new StartupReport(samples).print();
			System.out.println();
		}
		footprint.forEach(System.out::println);
	}

	// In a fresh JVM; its progress lines ("# ...") shown as they come, its tables kept
	private static List<String> tenantFootprint() throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:+UseSerialGC", "-Xms2g", "-Xmx2g", "-XX:SoftRefLRUPolicyMSPerMB=0", "-cp",
				System.getProperty("java.class.path"), TenantFootprint.class.getName())
			.redirectErrorStream(true)
			.start();
		List<String> tables = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("#")) {
					System.out.println(line);
				}
				else {
					tables.add(line);
				}
			}
		}
		if (process.waitFor() != 0) {
			throw new IllegalStateException("The tenant footprint failed:\n" + String.join("\n", tables));
		}
		return tables;
	}

	private static Options options(List<String> jmhArgs) throws Exception {
		CommandLineOptions commandLine = new CommandLineOptions(jmhArgs.toArray(String[]::new));
		OptionsBuilder builder = new OptionsBuilder();
		if (commandLine.getIncludes().isEmpty()) {
			builder.include(ConnectionBenchmarks.class.getName())
				.include(JpaBenchmarks.class.getName())
				.include(ReplicaBenchmarks.class.getName())
				.include(TenantBenchmarks.class.getName());
		}
		return builder.parent(commandLine).addProfiler(GCProfiler.class).build();
	}

}
