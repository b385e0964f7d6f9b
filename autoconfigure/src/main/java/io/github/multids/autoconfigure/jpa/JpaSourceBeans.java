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

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.jdbc.CrossSourceGuard;
import io.github.multids.autoconfigure.jdbc.StartupConnectivity;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Registers the `<name>EntityManagerFactory` and its JPA transaction manager for a source
 * that owns entities, and the repositories of all sources.
 *
 * @author multids
 */
public final class JpaSourceBeans {

	private JpaSourceBeans() {
	}

	/**
	 * Register the EntityManagerFactory and JPA transaction manager of a source.
	 * @param beans the bean registrations
	 * @param source the source
	 * @param layout the persistence layout
	 * @param initializers the beans that migrate or initialize the source, to start first
	 * @param schemaInitialized whether migrations or scripts create the schema
	 * @param beanFactory the bean factory
	 * @param connectivity which sources answered at startup
	 */
	public static void register(SourceBeanDefinitions beans, SourceDefinition source, PersistenceLayout layout,
			String[] initializers, boolean schemaInitialized, ListableBeanFactory beanFactory,
			StartupConnectivity connectivity) {
		String name = source.name();
		SourceEntityManagerFactoryFactory factory = new SourceEntityManagerFactoryFactory(beanFactory);
		// Spring Boot's rule: create-drop only for an embedded database that nothing else
		// gives a schema
		// (and none on a tenant source, whose tenants' schemas come from its migrations)
		String defaultDdlAuto = (!schemaInitialized && source.isEmbedded() && !source.isTenantSource()) ? "create-drop"
				: "none";
		List<String> dependsOn = new ArrayList<>(List.of(initializers));
		dependsOn.add(SourceBean.DATA_SOURCE.of(name));
		String emf = SourceBean.ENTITY_MANAGER_FACTORY.of(name);
		beans.registerSourceBean(name, emf, LocalContainerEntityManagerFactoryBean.class,
				() -> factory.create(source, beanFactory.getBean(SourceBean.DATA_SOURCE.of(name), DataSource.class),
						layout.managedTypes(name), defaultDdlAuto, connectivity.isReachable(name)),
				dependsOn.toArray(String[]::new));
		beans.registerSourceBean(name, SourceBean.TRANSACTION_MANAGER.of(name), PlatformTransactionManager.class,
				() -> new SourceJpaTransactionManager(name, beanFactory.getBean(emf, EntityManagerFactory.class),
						CrossSourceGuard.of(beanFactory)),
				emf);
	}

	/**
	 * Register the repositories of every source.
	 * @param registry the registry
	 * @param layout the persistence layout
	 * @param model the sources
	 * @param resourceLoader the resource loader
	 * @param environment the environment
	 */
	public static void registerRepositories(BeanDefinitionRegistry registry, PersistenceLayout layout,
			SourceDefinitions model, ResourceLoader resourceLoader, Environment environment) {
		new SourceRepositoriesRegistrar(resourceLoader, environment, registry).register(layout, model.names(),
				model.defaultName());
	}

}
