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

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.github.multids.autoconfigure.sharding.PhysicalDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * HikariCP's pool meters for the physical databases of sharded sources, which are not
 * beans and so are not seen by Spring Boot's pool metrics; each is tagged with its pool
 * name, {@code <source>.<database>}.
 *
 * @author multids
 * @since 0.1.0
 */
public final class PhysicalPoolMeters implements MeterBinder {

	private static final Log logger = LogFactory.getLog(PhysicalPoolMeters.class);

	private final ListableBeanFactory beanFactory;

	public PhysicalPoolMeters(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (PhysicalDatabases databases : this.beanFactory.getBeansOfType(PhysicalDatabases.class).values()) {
			databases.dataSources().values().forEach((pool) -> {
				if (pool instanceof HikariDataSource hikari && hikari.getMetricRegistry() == null
						&& hikari.getMetricsTrackerFactory() == null) {
					bind(hikari, registry);
				}
			});
		}
	}

	private static void bind(HikariDataSource hikari, MeterRegistry registry) {
		try {
			hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
		}
		catch (RuntimeException ex) {
			logger.warn("Failed to bind the meters of pool " + hikari.getPoolName() + ": " + ex.getMessage());
		}
	}

}
