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

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One startup of the startup application in a fresh JVM, parsed from its {@code STARTUP}
 * line.
 *
 * @param sources the number of sources
 * @param startedMillis time spent in {@code SpringApplication.run}
 * @param uptimeMillis JVM uptime when the context had started
 * @param heapBytes heap used after startup and a full GC
 * @param repositories the number of repository beans
 * @param minimumIdle the minimum-idle that the pools ended up with
 * @param maximumPoolSize the maximum-pool-size that the pools ended up with
 * @param connections the connections of each pool right after startup
 * @author multids
 */
record StartupSample(int sources, long startedMillis, long uptimeMillis, long heapBytes, int repositories,
		int minimumIdle, int maximumPoolSize, List<Integer> connections) {

	static final String PREFIX = "STARTUP ";

	static StartupSample parse(String line) {
		Map<String, String> values = new HashMap<>();
		for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
			String[] keyValue = pair.split("=", 2);
			values.put(keyValue[0], keyValue[1]);
		}
		String connections = values.get("connections");
		return new StartupSample(Integer.parseInt(values.get("sources")), Long.parseLong(values.get("startedMillis")),
				Long.parseLong(values.get("uptimeMillis")), Long.parseLong(values.get("heapBytes")),
				Integer.parseInt(values.get("repositories")), Integer.parseInt(values.get("minimumIdle")),
				Integer.parseInt(values.get("maximumPoolSize")),
				Arrays.stream(connections.substring(1, connections.length() - 1).split(","))
					.map(Integer::valueOf)
					.toList());
	}

}
