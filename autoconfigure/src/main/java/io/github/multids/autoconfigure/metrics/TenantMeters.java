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

import java.util.List;

import io.github.multids.autoconfigure.tenants.TenantPools;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The meters of tenant sources, one series per source whatever the number of tenants:
 * {@code multids.tenants.registered}, {@code multids.tenants.open} and
 * {@code multids.tenants.evictions}. Each open tenant pool has HikariCP's own meters,
 * tagged {@code pool=<source>.<tenant>}, removed when it closes.
 *
 * @author multids
 */
public final class TenantMeters implements MeterBinder {

	/**
	 * The gauge of registered tenants.
	 */
	public static final String REGISTERED = "multids.tenants.registered";

	/**
	 * The gauge of open tenant pools.
	 */
	public static final String OPEN = "multids.tenants.open";

	/**
	 * The counter of idle pools closed to make room for another tenant's.
	 */
	public static final String EVICTIONS = "multids.tenants.evictions";

	private final List<TenantPools> sources;

	/**
	 * Create the meters of tenant sources.
	 * @param sources the tenant pools of each tenant source
	 */
	public TenantMeters(List<TenantPools> sources) {
		this.sources = List.copyOf(sources);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (TenantPools source : this.sources) {
			Gauge.builder(REGISTERED, source, TenantPools::registeredCount)
				.description("Tenants registered on the tenant source")
				.tag("source", source.source())
				.register(registry);
			Gauge.builder(OPEN, source, (pools) -> pools.figures().open())
				.description("Tenant pools open now")
				.tag("source", source.source())
				.register(registry);
			FunctionCounter.builder(EVICTIONS, source, (pools) -> pools.figures().evicted())
				.description("Idle tenant pools closed to make room for another tenant's")
				.tag("source", source.source())
				.register(registry);
		}
	}

}
