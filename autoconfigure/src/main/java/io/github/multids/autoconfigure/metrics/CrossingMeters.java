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
package io.github.multids.autoconfigure.metrics;

import io.github.multids.autoconfigure.jdbc.CrossingListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts crossings between sources in {@code multids.transactions.crossings}, tagged
 * {@code from} (the source of the transaction) and {@code to} (the source written outside
 * it).
 *
 * @author multids
 */
public final class CrossingMeters implements CrossingListener {

	/**
	 * The name of the counter.
	 */
	public static final String NAME = "multids.transactions.crossings";

	private final ObjectProvider<MeterRegistry> registries;

	public CrossingMeters(ObjectProvider<MeterRegistry> registries) {
		this.registries = registries;
	}

	@Override
	public void crossed(String from, String to) {
		// Resolved on the first crossing, not at startup: crossings are rare
		this.registries.forEach((registry) -> Counter.builder(NAME)
			.description("Work that wrote on one source inside a transaction on another source")
			.tag("from", from)
			.tag("to", to)
			.register(registry)
			.increment());
	}

}
