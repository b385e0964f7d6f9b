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
package io.github.multids.context;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The source names of the running application contexts, so that `DataSourceContext` can
 * reject an unknown name before it is pushed. Internal.
 *
 * @author multids
 */
public final class LiveSources {

	private static final CopyOnWriteArrayList<Set<String>> LIVE = new CopyOnWriteArrayList<>();

	private LiveSources() {
	}

	/**
	 * Register the names of a starting context.
	 * @param names the source names
	 */
	public static void register(Set<String> names) {
		LIVE.add(names);
	}

	/**
	 * Forget the names of a closing context.
	 * @param names the names passed to {@link #register(Set)}
	 */
	public static void unregister(Set<String> names) {
		LIVE.removeIf((candidate) -> candidate == names);
	}

	/**
	 * Return whether a running context configures a source of that name.
	 * @param name the source name
	 * @return whether the source is known
	 */
	public static boolean isLive(String name) {
		for (Set<String> names : LIVE) {
			if (names.contains(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return the names the running contexts configure, for messages.
	 * @return the known names
	 */
	public static Set<String> knownNames() {
		Set<String> known = new LinkedHashSet<>();
		LIVE.forEach(known::addAll);
		return known;
	}

}
