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
package io.github.multids.autoconfigure.binding;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the known name closest to a mistyped one, for "did you mean" hints.
 *
 * @author multids
 */
public final class ClosestName {

	private static final int MAX_DISTANCE = 2;

	private ClosestName() {
	}

	/**
	 * Return the candidate within two edits of the name, the closest first.
	 * @param name the mistyped name
	 * @param candidates the known names
	 * @return the closest candidate, if any is close enough
	 */
	public static Optional<String> of(String name, Collection<String> candidates) {
		return candidates.stream()
			.min(Comparator.comparingInt((candidate) -> distance(candidate, name)))
			.filter((candidate) -> distance(candidate, name) <= MAX_DISTANCE);
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			previous = current;
		}
		return previous[b.length()];
	}

}
