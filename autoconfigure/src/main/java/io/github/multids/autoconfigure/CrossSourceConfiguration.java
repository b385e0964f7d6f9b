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
package io.github.multids.autoconfigure;

import io.github.multids.autoconfigure.binding.CrossSourcePolicy;
import io.github.multids.autoconfigure.jdbc.CrossSourceGuard;
import io.github.multids.autoconfigure.jdbc.CrossingListener;
import io.github.multids.autoconfigure.metrics.CrossingMeters;
import io.github.multids.autoconfigure.reporting.RoutingMap;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;

/**
 * The guard of {@code multids.transactions.cross-source}, which the source transaction
 * managers consult when work crosses from a transaction on one source to another source,
 * and the counter of crossings when Micrometer is present.
 *
 * @author multids
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class CrossSourceConfiguration {

	@Bean(CrossSourceGuard.BEAN_NAME)
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	CrossSourceGuard multidsCrossSourceGuard(Environment environment, RoutingMap routingMap,
			ObjectProvider<CrossingListener> listeners) {
		return new CrossSourceGuard(CrossSourcePolicy.bind(environment), routingMap.crossings(),
				listeners::getIfUnique);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class CrossingMetricsConfiguration {

		@Bean
		@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
		CrossingMeters multidsCrossingMeters(ObjectProvider<MeterRegistry> registries) {
			return new CrossingMeters(registries);
		}

	}

}
