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
package io.github.multids.autoconfigure.jpa;

import io.github.multids.autoconfigure.binding.OnDataSourcesCondition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.registration.SourceBean;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.orm.jpa.support.OpenEntityManagerInViewInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies `spring.jpa.open-in-view: true` to every source: an EntityManager of each
 * source's EntityManagerFactory stays open for the whole web request, as Spring Boot does
 * for its single one. Unlike Spring Boot, it is off unless set.
 *
 * @author multids
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ WebMvcConfigurer.class, EntityManagerFactory.class })
@ConditionalOnBooleanProperty("spring.jpa.open-in-view")
@Conditional(OnDataSourcesCondition.class)
public final class OpenEntityManagerInViewAutoConfiguration {

	@Bean
	WebMvcConfigurer multidsOpenEntityManagerInView(ListableBeanFactory beanFactory) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				for (String name : beanFactory.getBeanNamesForType(EntityManagerFactory.class)) {
					// A tenant source's EntityManager serves one tenant: one held for the
					// whole
					// request would serve a tenant switched to within it from the wrong
					// database
					if (isTenantSource(beanFactory, name)) {
						continue;
					}
					OpenEntityManagerInViewInterceptor interceptor = new OpenEntityManagerInViewInterceptor();
					interceptor.setEntityManagerFactory(beanFactory.getBean(name, EntityManagerFactory.class));
					registry.addWebRequestInterceptor(interceptor);
				}
			}

		};
	}

	private static boolean isTenantSource(ListableBeanFactory beanFactory, String beanName) {
		String source = beanName.endsWith(SourceBean.ENTITY_MANAGER_FACTORY.of(""))
				? beanName.substring(0, beanName.length() - SourceBean.ENTITY_MANAGER_FACTORY.of("").length()) : null;
		SourceDefinitions sources = beanFactory.getBeanProvider(SourceDefinitions.class).getIfAvailable();
		return source != null && sources != null && sources.get(source) != null && sources.get(source).isTenantSource();
	}

}
