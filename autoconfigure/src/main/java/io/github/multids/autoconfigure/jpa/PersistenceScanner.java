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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds JPA managed types and Spring Data repository interfaces in packages, reading
 * class files without loading the classes.
 *
 * @author multids
 */
final class PersistenceScanner {

	private static final String REPOSITORY = "org.springframework.data.repository.Repository";

	private static final String[] MANAGED_TYPE_ANNOTATIONS = { "jakarta.persistence.Entity",
			"jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter" };

	private final ResourceLoader resourceLoader;

	PersistenceScanner(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@SuppressWarnings("unchecked")
	List<AnnotationMetadata> managedTypes(Collection<String> packages) {
		ClassPathScanningCandidateComponentProvider scanner = scanner(false);
		for (String annotation : MANAGED_TYPE_ANNOTATIONS) {
			Class<?> type = ClassUtils.resolveClassName(annotation, this.resourceLoader.getClassLoader());
			scanner.addIncludeFilter(new AnnotationTypeFilter((Class) type));
		}
		return scan(scanner, packages);
	}

	List<AnnotationMetadata> repositories(Collection<String> packages) {
		ClassPathScanningCandidateComponentProvider scanner = scanner(true);
		Class<?> repository = ClassUtils.resolveClassName(REPOSITORY, this.resourceLoader.getClassLoader());
		scanner.addIncludeFilter(new AssignableTypeFilter(repository));
		return scan(scanner, packages).stream()
			.filter((type) -> !type.hasAnnotation("org.springframework.data.repository.NoRepositoryBean"))
			.filter((type) -> !type.getClassName().equals(REPOSITORY))
			.toList();
	}

	private ClassPathScanningCandidateComponentProvider scanner(boolean interfaces) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface() == interfaces;
			}

		};
		scanner.setResourceLoader(this.resourceLoader);
		return scanner;
	}

	private List<AnnotationMetadata> scan(ClassPathScanningCandidateComponentProvider scanner,
			Collection<String> packages) {
		Map<String, AnnotationMetadata> found = new LinkedHashMap<>();
		for (String pkg : packages) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
				AnnotationMetadata metadata = ((AnnotatedBeanDefinition) candidate).getMetadata();
				found.putIfAbsent(metadata.getClassName(), metadata);
			}
		}
		return new ArrayList<>(found.values());
	}

}
