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

import org.springframework.aot.AotDetector;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Registers the source beans again when the application runs from ahead-of-time generated
 * code, which leaves them out because it cannot reproduce their instance suppliers.
 * <p>
 * It runs during the refresh, once every application context initializer has had its say
 * on the environment, and after the generated definitions are in, so that a bean the user
 * defined under a source bean's name still wins. The repositories are generated like any
 * other bean and are not registered again.
 *
 * @author multids
 */
class AotSourceBeansPostProcessor
		implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, ResourceLoaderAware, BeanFactoryAware {

	static final String BEAN_NAME = "multidsAotSourceBeans";

	private Environment environment;

	private ResourceLoader resourceLoader;

	private BeanFactory beanFactory;

	static BeanDefinition definition() {
		RootBeanDefinition definition = new RootBeanDefinition(AotSourceBeansPostProcessor.class);
		definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
		return definition;
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
		if (AotDetector.useGeneratedArtifacts()) {
			MultiDataSourceRegistrar registrar = new MultiDataSourceRegistrar();
			registrar.setEnvironment(this.environment);
			registrar.setResourceLoader(this.resourceLoader);
			registrar.setBeanFactory(this.beanFactory);
			registrar.register(registry, false);
		}
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

}
