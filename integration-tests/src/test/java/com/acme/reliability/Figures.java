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

package com.acme.reliability;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Prints the figures of a reliability run on one line each, prefixed so that they can be
 * found in the build output and copied to the README's guarantees.
 *
 * @author multids
 */
final class Figures {

	private Figures() {
	}

	/**
	 * Print a scenario's figures as {@code name: value} pairs.
	 * @param scenario the scenario
	 * @param namesAndValues alternating names and values
	 */
	static void print(String scenario, Object... namesAndValues) {
		StringJoiner line = new StringJoiner(", ", "[reliability] " + scenario + ": ", "");
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			line.add(namesAndValues[i] + " " + namesAndValues[i + 1]);
		}
		System.out.println(line);
	}

	/**
	 * Print counts by name, sorted by name.
	 * @param scenario the scenario
	 * @param counts the counts
	 */
	static void print(String scenario, Map<String, ?> counts) {
		System.out.println("[reliability] " + scenario + ": " + new TreeMap<>(counts));
	}

}
