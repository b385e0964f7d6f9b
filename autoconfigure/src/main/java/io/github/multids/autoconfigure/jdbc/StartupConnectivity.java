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
package io.github.multids.autoconfigure.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sources could be reached when the application started. A critical source that
 * cannot be reached fails startup; an optional one starts offline and is used once its
 * database is back.
 *
 * @author multids
 */
public final class StartupConnectivity {

	private final Map<String, Boolean> reachable = new ConcurrentHashMap<>();

	void record(String name, boolean reachable) {
		this.reachable.put(name, reachable);
	}

	/**
	 * Return whether the source's database answered at startup.
	 * @param name the source name
	 * @return false only for an optional source that was down
	 */
	public boolean isReachable(String name) {
		return this.reachable.getOrDefault(name, true);
	}

}
