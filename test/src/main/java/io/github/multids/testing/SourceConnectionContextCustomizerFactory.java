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
package io.github.multids.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the {@link SourceConnection @SourceConnection} fields of a test class, its
 * superclasses, interfaces and enclosing classes.
 *
 * @author multids
 */
class SourceConnectionContextCustomizerFactory implements ContextCustomizerFactory {

	private static final String CONTAINER_CLASS = "org.testcontainers.containers.JdbcDatabaseContainer";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		List<Field> fields = new ArrayList<>();
		collectFields(testClass, fields);
		if (fields.isEmpty()) {
			return null;
		}
		Assert.state(ClassUtils.isPresent(CONTAINER_CLASS, testClass.getClassLoader()),
				() -> "@SourceConnection on " + fields.get(0) + " needs org.testcontainers:testcontainers-jdbc"
						+ " on the test classpath: add it as a test dependency.");
		List<ContainerSource> sources = fields.stream().map(ContainerSource::of).toList();
		Set<String> names = new HashSet<>();
		for (ContainerSource source : sources) {
			Assert.state(names.add(source.name()),
					() -> "Two @SourceConnection(\"%s\") fields in %s: give each source one container"
						.formatted(source.name(), testClass.getName()));
		}
		return new SourceConnectionContextCustomizer(sources);
	}

	private void collectFields(Class<?> candidate, List<Field> fields) {
		if (candidate == null || candidate == Object.class) {
			return;
		}
		ReflectionUtils.doWithLocalFields(candidate, (field) -> {
			if (MergedAnnotations.from(field).isPresent(SourceConnection.class)) {
				Assert.state(Modifier.isStatic(field.getModifiers()),
						() -> "@SourceConnection field '%s' of %s must be static".formatted(field.getName(),
								field.getDeclaringClass().getName()));
				fields.add(field);
			}
		});
		if (TestContextAnnotationUtils.searchEnclosingClass(candidate)) {
			collectFields(candidate.getEnclosingClass(), fields);
		}
		for (Class<?> implemented : candidate.getInterfaces()) {
			collectFields(implemented, fields);
		}
		collectFields(candidate.getSuperclass(), fields);
	}

}
