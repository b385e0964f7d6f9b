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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;

/**
 * Installs the {@link SourceBeanNameResolver} in place of Spring's own resolver, before
 * any bean is created, so that the bean name of a source's bean qualifies it. Runs in
 * Spring AOT mode too, where bean definitions are not registered again.
 *
 * @author multids
 */
public class SourceBeanNameQualifiers implements BeanFactoryPostProcessor, PriorityOrdered {

	private static final Log logger = LogFactory.getLog(SourceBeanNameQualifiers.class);

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!(beanFactory instanceof DefaultListableBeanFactory factory)
				|| factory.getAutowireCandidateResolver() instanceof SourceBeanNameResolver) {
			return;
		}
		if (factory.getAutowireCandidateResolver().getClass() != ContextAnnotationAutowireCandidateResolver.class) {
			logger.info("Keeping the autowire candidate resolver "
					+ factory.getAutowireCandidateResolver().getClass().getName()
					+ ": a source's bean is qualified by its source name only, not by its bean name");
			return;
		}
		factory.setAutowireCandidateResolver(new SourceBeanNameResolver());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
