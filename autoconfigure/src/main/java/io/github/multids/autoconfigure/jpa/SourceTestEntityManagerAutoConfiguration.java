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

import java.util.List;

import io.github.multids.DataSourceRegistry;
import io.github.multids.autoconfigure.binding.OnDataSourcesCondition;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.type.AnnotationMetadata;

/**
 * `TestEntityManager` for `@DataJpaTest` and `@AutoConfigureTestEntityManager`:
 * `testEntityManager` on the default source's EntityManagerFactory, and
 * `<n>TestEntityManager`, qualified `<n>`, on each source that owns entities. Spring
 * Boot's own looks for a default EntityManagerFactory, which a multids application does
 * not have.
 *
 * @author multids
 */
@AutoConfiguration(afterName = "io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration",
		beforeName = "org.springframework.boot.jpa.test.autoconfigure.TestEntityManagerAutoConfiguration")
@ConditionalOnClass({ TestEntityManager.class, EntityManagerFactory.class })
@Conditional(OnDataSourcesCondition.class)
@Import(SourceTestEntityManagerAutoConfiguration.PerSourceRegistrar.class)
public final class SourceTestEntityManagerAutoConfiguration {

	/**
	 * The suffix of the bean name of a source's `TestEntityManager`.
	 */
	public static final String BEAN_NAME_SUFFIX = "TestEntityManager";

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	TestEntityManager testEntityManager(DataSourceRegistry registry) {
		String defaultName = registry.defaultName();
		EntityManagerFactory factory = registry.entityManagerFactory(defaultName).orElse(null);
		if (factory == null) {
			List<String> withEntities = registry.names()
				.stream()
				.filter((name) -> registry.entityManagerFactory(name).isPresent())
				.toList();
			if (withEntities.size() != 1) {
				throw new IllegalStateException("The default source '" + defaultName
						+ "' owns no entities, so the TestEntityManager has no EntityManagerFactory: inject the one of "
						+ "a source that does with @Qualifier(\"<name>\") TestEntityManager (sources with entities: "
						+ withEntities + ")");
			}
			factory = registry.entityManagerFactory(withEntities.get(0)).orElseThrow();
		}
		return new TestEntityManager(factory);
	}

	/**
	 * Registers a `TestEntityManager` for each source's EntityManagerFactory.
	 */
	static class PerSourceRegistrar implements ImportBeanDefinitionRegistrar {

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			for (String beanName : registry.getBeanDefinitionNames()) {
				String source = SourceBeanDefinitions.sourceOf(registry.getBeanDefinition(beanName));
				if (source != null && beanName.equals(SourceBean.ENTITY_MANAGER_FACTORY.of(source))
						&& !registry.containsBeanDefinition(source + BEAN_NAME_SUFFIX)) {
					RootBeanDefinition definition = new RootBeanDefinition(TestEntityManager.class);
					definition.getConstructorArgumentValues()
						.addIndexedArgumentValue(0, new RuntimeBeanReference(beanName));
					SourceBeanDefinitions.qualify(definition, source);
					definition.setLazyInit(true);
					registry.registerBeanDefinition(source + BEAN_NAME_SUFFIX, definition);
				}
			}
		}

	}

}
