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
package io.github.multids.autoconfigure.tenants;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Gives a tenant pool HikariCP's Micrometer meters (tagged
 * {@code pool=<source>.<tenant>}), which HikariCP removes when the pool closes. Loaded
 * only with Micrometer present.
 *
 * @author multids
 */
final class TenantPoolMetrics {

	private TenantPoolMetrics() {
	}

	static void apply(HikariConfig config, ListableBeanFactory beanFactory) {
		MeterRegistry registry = beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
		if (registry != null) {
			config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
		}
	}

}
