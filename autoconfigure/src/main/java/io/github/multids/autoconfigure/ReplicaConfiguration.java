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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.multids.autoconfigure.binding.ReadTokenSettings;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.binding.SourceEnvironment;
import io.github.multids.autoconfigure.metrics.ReplicaMeters;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.replicas.ReadYourWritesFilter;
import io.github.multids.autoconfigure.replicas.ReplicaSet;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The beans of read replicas: the meters of reads and lag when Micrometer is present,
 * and, in a servlet web application, the filter that carries read-your-writes between a
 * client's requests.
 *
 * @author multids
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
@Conditional(ReplicaConfiguration.OnReplicasCondition.class)
class ReplicaConfiguration {

	static List<ReplicaSet> replicaSets(SourceDefinitions sources, ListableBeanFactory beanFactory) {
		List<ReplicaSet> sets = new ArrayList<>();
		for (SourceDefinition source : sources.all()) {
			if (!source.replicas().isEmpty()) {
				ReplicaSet replicas = ReplicaSet.of(beanFactory.getBean(SourceBean.DATA_SOURCE.of(source.name())));
				if (replicas != null) {
					sets.add(replicas);
				}
			}
		}
		return sets;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class ReplicaMetricsConfiguration {

		@Bean
		@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
		ReplicaMeters multidsReplicaMeters(SourceDefinitions sources, ListableBeanFactory beanFactory) {
			return new ReplicaMeters(replicaSets(sources, beanFactory));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(OncePerRequestFilter.class)
	static class ReadYourWritesWebConfiguration {

		@Bean
		@Conditional(OnTokenCarriedCondition.class)
		ReadYourWritesFilter multidsReadYourWritesFilter(ReadTokenSettings settings, SourceDefinitions sources) {
			Duration maxAge = sources.all()
				.stream()
				.filter((source) -> !source.replicas().isEmpty() && source.read().readYourWrites())
				.map((source) -> source.read().maxLag())
				.max(Duration::compareTo)
				.orElse(Duration.ZERO);
			return new ReadYourWritesFilter(settings, maxAge);
		}

	}

	/**
	 * Matches when a source has replicas.
	 */
	static class OnReplicasCondition implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SourceEnvironment.hasReplicas(context.getEnvironment());
		}

	}

	/**
	 * Matches unless `multids.read-your-writes.carrier` is `none`.
	 */
	static class OnTokenCarriedCondition implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !"none".equalsIgnoreCase(
					context.getEnvironment().getProperty("multids.read-your-writes.carrier", "cookie").trim());
		}

	}

}
