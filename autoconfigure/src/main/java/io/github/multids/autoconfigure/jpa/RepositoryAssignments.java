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

import java.lang.reflect.Method;
import java.util.Map;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.UseDataSource;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.routing.Suggestions;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.data.repository.core.support.AbstractRepositoryMetadata;
import org.springframework.util.ClassUtils;

/**
 * Decides the source of each repository interface: {@code @UseDataSource} on it, else its
 * package rule, else the default source.
 *
 * @author multids
 */
final class RepositoryAssignments {

	private final SourceDefinitions model;

	private final ClassLoader classLoader;

	RepositoryAssignments(SourceDefinitions model, ClassLoader classLoader) {
		this.model = model;
		this.classLoader = classLoader;
	}

	RepositoryAssignment assign(AnnotationMetadata repository) {
		Map<String, Object> annotation = repository.getAnnotationAttributes(UseDataSource.class.getName());
		String source;
		String reason;
		if (annotation != null) {
			source = (String) annotation.get("value");
			Suggestions.requireAnnotatedSource("The repository " + repository.getClassName(), source, this.model);
			reason = "@UseDataSource(\"" + source + "\")";
		}
		else {
			String byPackage = this.model.sourceByPackage(repository.getClassName());
			source = (byPackage != null) ? byPackage : this.model.defaultName();
			reason = (byPackage != null) ? "package rule " + this.model.rules().packageOf(repository.getClassName())
					: "default source";
		}
		checkMethods(repository.getClassName(), source);
		return new RepositoryAssignment(repository.getClassName(), source, reason);
	}

	Class<?> domainType(AnnotationMetadata repository) {
		Class<?> type = ClassUtils.resolveClassName(repository.getClassName(), this.classLoader);
		return AbstractRepositoryMetadata.getMetadata(type).getDomainType();
	}

	private void checkMethods(String repositoryName, String source) {
		Class<?> type = ClassUtils.resolveClassName(repositoryName, this.classLoader);
		for (Method method : type.getMethods()) {
			UseDataSource annotation = AnnotatedElementUtils.findMergedAnnotation(method, UseDataSource.class);
			if (annotation != null && !annotation.value().equals(source)) {
				throw new DataSourceConfigurationException(
						"The repository method " + repositoryName + "." + method.getName()
								+ " is annotated @UseDataSource(\"" + annotation.value()
								+ "\") but its repository belongs to source '" + source
								+ "': a repository queries one source's EntityManagerFactory.",
						"Move the method to a repository of source '" + annotation.value()
								+ "' (annotate that repository @UseDataSource(\"" + annotation.value()
								+ "\")), or remove the method annotation.");
			}
		}
	}

}
