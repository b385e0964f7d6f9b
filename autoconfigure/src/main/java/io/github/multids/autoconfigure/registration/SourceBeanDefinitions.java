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
package io.github.multids.autoconfigure.registration;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Registers bean definitions unless the user already defined a bean of that name.
 *
 * @author multids
 */
public final class SourceBeanDefinitions {

	/**
	 * Attribute of the definitions registered here: their instance suppliers cannot be
	 * generated ahead of time, so the registrar registers them again at run time.
	 */
	private static final String REGISTERED_AT_RUNTIME_ATTRIBUTE = SourceBeanDefinitions.class.getName()
			+ ".registeredAtRuntime";

	private final BeanDefinitionRegistry registry;

	public SourceBeanDefinitions(BeanDefinitionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Register a bean of one source: qualified with the source name and not a default
	 * candidate, so that it never competes with the routing beans.
	 * @param <T> the bean type
	 * @param source the source name
	 * @param beanName the bean name
	 * @param type the bean type
	 * @param supplier creates the bean
	 * @param dependsOn beans to create first
	 */
	public <T> void registerSourceBean(String source, String beanName, Class<T> type, Supplier<T> supplier,
			String... dependsOn) {
		RootBeanDefinition definition = new RootBeanDefinition(type, supplier);
		qualify(definition, source);
		definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
		definition.setDependsOn(dependsOn);
		register(beanName, definition);
	}

	/**
	 * Register an infrastructure bean.
	 * @param <T> the bean type
	 * @param beanName the bean name
	 * @param type the bean type
	 * @param supplier creates the bean
	 */
	public <T> void registerInfrastructure(String beanName, Class<T> type, Supplier<T> supplier) {
		RootBeanDefinition definition = new RootBeanDefinition(type, supplier);
		definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
		register(beanName, definition);
	}

	/**
	 * Return whether a definition was registered here, with an instance supplier.
	 * @param definition the bean definition
	 * @return whether the registrar registers it again at run time
	 */
	public static boolean isRegisteredAtRuntime(BeanDefinition definition) {
		return Boolean.TRUE.equals(definition.getAttribute(REGISTERED_AT_RUNTIME_ATTRIBUTE));
	}

	/**
	 * Make a definition a bean of one source: qualified with the source name and not a
	 * default candidate, so that it never competes with the routing beans.
	 * @param definition the bean definition
	 * @param source the source name
	 */
	public static void qualify(AbstractBeanDefinition definition, String source) {
		definition.setDefaultCandidate(false);
		definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, source));
	}

	/**
	 * Return the source a definition belongs to, as {@link #qualify} marked it.
	 * @param definition the bean definition
	 * @return the source name, or {@code null} for a bean of no source
	 */
	public static String sourceOf(BeanDefinition definition) {
		if (definition instanceof AbstractBeanDefinition abstractDefinition) {
			AutowireCandidateQualifier qualifier = abstractDefinition.getQualifier(Qualifier.class.getName());
			if (qualifier != null
					&& qualifier.getAttribute(AutowireCandidateQualifier.VALUE_KEY) instanceof String source) {
				return source;
			}
		}
		return null;
	}

	private void register(String beanName, RootBeanDefinition definition) {
		definition.setAttribute(REGISTERED_AT_RUNTIME_ATTRIBUTE, Boolean.TRUE);
		if (!this.registry.containsBeanDefinition(beanName)) {
			this.registry.registerBeanDefinition(beanName, definition);
		}
	}

}
