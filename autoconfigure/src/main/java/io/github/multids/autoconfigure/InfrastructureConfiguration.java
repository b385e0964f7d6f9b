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

import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.registration.SourceBeanNameQualifiers;
import io.github.multids.autoconfigure.reporting.RoutingMap;
import io.github.multids.autoconfigure.reporting.SourceDescriber;
import io.github.multids.autoconfigure.reporting.SourceStartupReporter;
import io.github.multids.autoconfigure.routing.DataSourceRoutingPostProcessor;
import io.github.multids.autoconfigure.routing.LiveSourcesRegistration;
import io.github.multids.autoconfigure.routing.RoutingRules;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * The beans that route to the sources and report on them: the routing post-processor, the
 * registration of the source names for `DataSourceContext`, the source descriptions and
 * the startup log.
 *
 * @author multids
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class InfrastructureConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static SourceBeanNameQualifiers multidsSourceBeanNameQualifiers() {
		return new SourceBeanNameQualifiers();
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DataSourceRoutingPostProcessor multidsRoutingPostProcessor(ObjectProvider<RoutingRules> rules,
			ObjectProvider<RoutingMap> routingMap) {
		return new DataSourceRoutingPostProcessor(rules.getObject(), routingMap.getObject().repositorySources());
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	LiveSourcesRegistration multidsLiveSources(SourceDefinitions sources) {
		return new LiveSourcesRegistration(sources.names());
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	SourceDescriber multidsSourceDescriber(RoutingMap routingMap, ListableBeanFactory beanFactory) {
		return new SourceDescriber(routingMap, beanFactory);
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	SourceStartupReporter multidsStartupReporter(SourceDescriber describer) {
		return new SourceStartupReporter(describer);
	}

}
