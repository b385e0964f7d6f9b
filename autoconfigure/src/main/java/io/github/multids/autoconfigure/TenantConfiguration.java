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

import java.util.ArrayList;
import java.util.List;

import io.github.multids.TenantResolver;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.binding.SourceEnvironment;
import io.github.multids.autoconfigure.binding.TenantRequestSettings;
import io.github.multids.autoconfigure.metrics.TenantMeters;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.tenants.TenantPools;
import io.github.multids.autoconfigure.tenants.TenantRequestFilter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * The beans that tenant sources share: the request filter that sets the tenant of a web
 * request, and the tenant meters.
 *
 * @author multids
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
@Conditional(TenantConfiguration.OnTenantSourcesCondition.class)
class TenantConfiguration {

	static List<TenantPools> tenantPools(SourceDefinitions sources, ListableBeanFactory beanFactory) {
		List<TenantPools> pools = new ArrayList<>();
		for (SourceDefinition source : sources.all()) {
			if (source.isTenantSource()) {
				pools.add(beanFactory.getBean(SourceBean.TENANT_REGISTRY.of(source.name()), TenantPools.class));
			}
		}
		return pools;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class TenantMetricsConfiguration {

		@Bean
		@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
		TenantMeters multidsTenantMeters(SourceDefinitions sources, ListableBeanFactory beanFactory) {
			return new TenantMeters(tenantPools(sources, beanFactory));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(OncePerRequestFilter.class)
	static class TenantWebConfiguration {

		@Bean
		TenantRequestFilter multidsTenantRequestFilter(TenantRequestSettings settings,
				ObjectProvider<TenantResolver> resolver) {
			return new TenantRequestFilter(resolver.getIfUnique(), settings.header());
		}

	}

	static class OnTenantSourcesCondition implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SourceEnvironment.hasTenantSources(context.getEnvironment());
		}

	}

}
