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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.multids.autoconfigure.replicas.Replica;
import io.github.multids.autoconfigure.replicas.ReplicaSet;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Meters of the sources with replicas: `multids.reads` counts read-only work by the
 * target that served it (`primary`, or the replica's name), `multids.replica.lag` is each
 * replica's lag in seconds (NaN while not known). Both are tagged with the source. The
 * replica pools have HikariCP's and Spring Boot's pool metrics under their pool name
 * `<n>.<r>`.
 *
 * @author multids
 */
public final class ReplicaMeters implements MeterBinder {

	/**
	 * The name of the counter of reads.
	 */
	public static final String READS = "multids.reads";

	/**
	 * The name of the gauge of replica lag.
	 */
	public static final String LAG = "multids.replica.lag";

	private final List<ReplicaSet> sources;

	public ReplicaMeters(List<ReplicaSet> sources) {
		this.sources = List.copyOf(sources);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ReplicaSet source : this.sources) {
			FunctionCounter.builder(READS, source, ReplicaSet::primaryReads)
				.description("Read-only work, by the database that served it")
				.tag("source", source.source())
				.tag("target", "primary")
				.register(registry);
			for (Replica replica : source.replicas()) {
				FunctionCounter.builder(READS, replica, Replica::reads)
					.description("Read-only work, by the database that served it")
					.tag("source", source.source())
					.tag("target", replica.name())
					.register(registry);
				Gauge.builder(LAG, replica, ReplicaMeters::lagSeconds)
					.description("How far the replica is behind its primary")
					.baseUnit("seconds")
					.tag("source", source.source())
					.tag("replica", replica.name())
					.register(registry);
			}
		}
	}

	private static double lagSeconds(Replica replica) {
		Duration lag = replica.lag();
		return (lag != null) ? lag.toNanos() / (double) TimeUnit.SECONDS.toNanos(1) : Double.NaN;
	}

}
