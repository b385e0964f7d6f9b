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

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the reads of a source with replicas are served, bound from `datasources.<n>.read`.
 *
 * @param maxLag a replica further behind than this serves no reads
 * @param readYourWrites whether a caller's reads after its own write wait for a replica
 * that has replayed that write, else go to the primary
 * @param checkInterval how often the primary's replication position and each replica's
 * replayed position and health are read
 * @author multids
 */
public record ReadSettings(@DefaultValue("30s") Duration maxLag, @DefaultValue("true") boolean readYourWrites,
		@DefaultValue("200ms") Duration checkInterval) {

	/**
	 * Return the settings when nothing is set.
	 * @return the defaults
	 */
	public static ReadSettings defaults() {
		return new ReadSettings(Duration.ofSeconds(30), true, Duration.ofMillis(200));
	}

}
