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
import java.util.Optional;
import java.util.Set;

import io.github.multids.autoconfigure.registration.SourceBean;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.config.JpaRepositoryConfigExtension;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationDelegate;
import org.springframework.data.repository.config.RepositoryConfigurationUtils;
import org.springframework.data.util.Streamable;
import org.springframework.util.ClassUtils;

/**
 * Registers the Spring Data JPA repositories of each source, bound to that source's
 * EntityManagerFactory and transaction manager.
 *
 * @author multids
 */
public final class SourceRepositoriesRegistrar {

	private final ResourceLoader resourceLoader;

	private final Environment environment;

	private final BeanDefinitionRegistry registry;

	public SourceRepositoriesRegistrar(ResourceLoader resourceLoader, Environment environment,
			BeanDefinitionRegistry registry) {
		this.resourceLoader = resourceLoader;
		this.environment = environment;
		this.registry = registry;
	}

	/**
	 * Register the repositories of every source of the layout.
	 * @param layout the persistence layout
	 * @param names the source names
	 * @param defaultName the default source name
	 */
	public void register(PersistenceLayout layout, Set<String> names, String defaultName) {
		BeanDefinitionRegistry registry = this.registry;
		JpaRepositoryConfigExtension extension = new JpaRepositoryConfigExtension();
		SourceConfigurationSource exposed = null;
		for (String name : names) {
			Set<String> repositories = layout.repositories(name);
			if (!repositories.isEmpty()) {
				SourceConfigurationSource source = new SourceConfigurationSource(name, repositories, registry);
				new RepositoryConfigurationDelegate(source, this.resourceLoader, this.environment)
					.registerRepositoriesIn(registry, extension);
				exposed = (exposed != null) ? exposed : source;
			}
		}
		// Exposing the registration makes Spring Boot's repository auto-configuration
		// back off
		RepositoryConfigurationUtils.exposeRegistration(extension, registry,
				(exposed != null) ? exposed : new SourceConfigurationSource(defaultName, Set.of(), registry));
	}

	@EnableJpaRepositories
	private static final class Template {

	}

	/**
	 * Configuration source for the repositories of one source.
	 */
	private final class SourceConfigurationSource extends AnnotationRepositoryConfigurationSource {

		private final String name;

		private final Set<String> repositories;

		SourceConfigurationSource(String name, Set<String> repositories, BeanDefinitionRegistry registry) {
			super(AnnotationMetadata.introspect(Template.class), EnableJpaRepositories.class,
					SourceRepositoriesRegistrar.this.resourceLoader, SourceRepositoriesRegistrar.this.environment,
					registry, null);
			this.name = name;
			this.repositories = repositories;
		}

		@Override
		public Streamable<String> getBasePackages() {
			return Streamable.of(this.repositories.stream().map(ClassUtils::getPackageName).distinct().toList());
		}

		@Override
		protected Iterable<TypeFilter> getIncludeFilters() {
			return List.of((reader, factory) -> this.repositories.contains(reader.getClassMetadata().getClassName()));
		}

		@Override
		public Streamable<TypeFilter> getExcludeFilters() {
			return Streamable.empty();
		}

		@Override
		public boolean usesExplicitFilters() {
			return true;
		}

		@Override
		public <T> Optional<T> getAttribute(String attribute, Class<T> type) {
			return switch (attribute) {
				case "entityManagerFactoryRef" ->
					Optional.of(type.cast(SourceBean.ENTITY_MANAGER_FACTORY.of(this.name)));
				case "transactionManagerRef" -> Optional.of(type.cast(SourceBean.TRANSACTION_MANAGER.of(this.name)));
				default -> super.getAttribute(attribute, type);
			};
		}

	}

}
