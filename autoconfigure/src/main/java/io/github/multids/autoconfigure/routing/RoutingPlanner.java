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
package io.github.multids.autoconfigure.routing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.multids.UseDataSource;
import io.github.multids.autoconfigure.binding.SourceDefinitions;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Decides, once per bean class, which source each method runs on: method annotation, else
 * class annotation, else the package rule.
 *
 * @author multids
 */
final class RoutingPlanner {

	private final SourceDefinitions model;

	RoutingPlanner(SourceDefinitions model) {
		this.model = model;
	}

	/**
	 * Return the routing of a bean class, or {@code null} when no method of it is
	 * assigned to a source.
	 * @param type the user class of the bean
	 * @return the plan or {@code null}
	 */
	RoutingPlan plan(Class<?> type) {
		String classSource = classSource(type);
		Map<Method, String> methodSources = new HashMap<>();
		ReflectionUtils.doWithMethods(type, (method) -> addMethod(type, method, classSource, methodSources),
				(method) -> !Modifier.isPrivate(method.getModifiers()) && method.getDeclaringClass() != Object.class);
		for (Class<?> ifc : ClassUtils.getAllInterfacesForClassAsSet(type)) {
			for (Method method : ifc.getMethods()) {
				Method specific = ClassUtils.getMostSpecificMethod(method, type);
				String source = methodSources.get(specific);
				if (source != null) {
					methodSources.put(method, source);
				}
			}
		}
		if (classSource == null && methodSources.isEmpty()) {
			return null;
		}
		return new RoutingPlan(SourceRoutingInterceptor.of(classSource, methodSources),
				assignments(type, classSource, methodSources));
	}

	private List<BeanAssignment> assignments(Class<?> type, String classSource, Map<Method, String> methodSources) {
		List<BeanAssignment> assignments = new ArrayList<>();
		if (classSource != null) {
			boolean annotated = AnnotatedElementUtils.hasAnnotation(type, UseDataSource.class);
			assignments.add(new BeanAssignment(type.getName(), classSource,
					annotated ? "@UseDataSource(\"" + classSource + "\")"
							: "package rule " + this.model.rules().packageOf(type.getName())));
		}
		methodSources.forEach((method, source) -> {
			if (method.getDeclaringClass().isAssignableFrom(type) && !method.getDeclaringClass().isInterface()) {
				assignments.add(new BeanAssignment(type.getName() + "." + method.getName(), source,
						"@UseDataSource(\"" + source + "\") on the method"));
			}
		});
		assignments.sort(Comparator.comparing(BeanAssignment::name));
		return assignments;
	}

	private String classSource(Class<?> type) {
		UseDataSource annotation = AnnotatedElementUtils.findMergedAnnotation(type, UseDataSource.class);
		if (annotation != null) {
			return check(annotation.value(), "The class " + type.getName());
		}
		return this.model.sourceByPackage(type.getName());
	}

	private void addMethod(Class<?> type, Method method, String classSource, Map<Method, String> methodSources) {
		UseDataSource annotation = AnnotatedElementUtils.findMergedAnnotation(method, UseDataSource.class);
		if (annotation != null && !annotation.value().equals(classSource)) {
			methodSources.put(method,
					check(annotation.value(), "The method " + type.getName() + "." + method.getName()));
		}
	}

	private String check(String source, String what) {
		return Suggestions.requireAnnotatedSource(what, source, this.model);
	}

}
