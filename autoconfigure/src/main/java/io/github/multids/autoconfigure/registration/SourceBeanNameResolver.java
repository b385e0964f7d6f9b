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

import java.lang.annotation.Annotation;

import org.springframework.beans.TypeConverter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.support.AutowireCandidateResolver;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;

/**
 * Spring's candidate resolver, that also lets the bean name qualify a source's bean:
 * `@Qualifier("eventsDataSource")` as well as `@Qualifier("events")`. Spring falls back
 * to the bean name only for beans without a qualifier, and every source bean carries its
 * source name as one. A source's shared `EntityManager`, which its EntityManagerFactory
 * bean provides, answers to the factory's bean name, as Spring Data's do.
 *
 * @author multids
 */
public class SourceBeanNameResolver extends ContextAnnotationAutowireCandidateResolver {

	@Override
	protected boolean checkQualifier(BeanDefinitionHolder holder, Annotation annotation, TypeConverter typeConverter) {
		return super.checkQualifier(holder, annotation, typeConverter) || matchesSourceBeanName(holder, annotation);
	}

	@Override
	public AutowireCandidateResolver cloneIfNecessary() {
		return new SourceBeanNameResolver();
	}

	private static boolean matchesSourceBeanName(BeanDefinitionHolder holder, Annotation annotation) {
		if (!(annotation instanceof Qualifier qualifier) || qualifier.value().isEmpty()) {
			return false;
		}
		String source = SourceBeanDefinitions.sourceOf(holder.getBeanDefinition());
		if (source == null || !SourceBean.isNameOf(source, holder.getBeanName())) {
			return false;
		}
		return holder.matchesName(qualifier.value());
	}

}
