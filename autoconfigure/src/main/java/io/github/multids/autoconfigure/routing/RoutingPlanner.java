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

import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Resolves, once per bean class, which of its methods run on which source, from the
 * answers of the {@link RoutingRules}.
 *
 * @author multids
 */
final class RoutingPlanner {

	private final RoutingRules rules;

	RoutingPlanner(RoutingRules rules) {
		this.rules = rules;
	}

	/**
	 * Return the routing of a bean class, or {@code null} when no method of it is
	 * assigned to a source.
	 * @param type the user class of the bean
	 * @return the plan or {@code null}
	 */
	RoutingPlan plan(Class<?> type) {
		SourceAssignment classAssignment = this.rules.forClass(type);
		String classSource = (classAssignment != null) ? classAssignment.source() : null;
		Map<Method, SourceAssignment> methods = new HashMap<>();
		ReflectionUtils.doWithMethods(type, (method) -> {
			SourceAssignment assignment = this.rules.forMethod(type, method, classAssignment);
			if (assignment != null && !assignment.source().equals(classSource)) {
				methods.put(method, assignment);
			}
		}, (method) -> !Modifier.isPrivate(method.getModifiers()) && method.getDeclaringClass() != Object.class);
		if (classSource == null && methods.isEmpty()) {
			return null;
		}
		Map<Method, String> methodSources = new HashMap<>();
		methods.forEach((method, assignment) -> methodSources.put(method, assignment.source()));
		for (Class<?> ifc : ClassUtils.getAllInterfacesForClassAsSet(type)) {
			for (Method method : ifc.getMethods()) {
				String source = methodSources.get(ClassUtils.getMostSpecificMethod(method, type));
				if (source != null) {
					methodSources.put(method, source);
				}
			}
		}
		return new RoutingPlan(SourceRoutingInterceptor.of(classSource, methodSources),
				assignments(classAssignment, methods));
	}

	private static List<SourceAssignment> assignments(SourceAssignment classAssignment,
			Map<Method, SourceAssignment> methods) {
		List<SourceAssignment> assignments = new ArrayList<>();
		if (classAssignment != null) {
			assignments.add(classAssignment);
		}
		methods.forEach((method, assignment) -> {
			if (!method.getDeclaringClass().isInterface()) {
				assignments.add(assignment);
			}
		});
		assignments.sort(Comparator.comparing(SourceAssignment::name));
		return assignments;
	}

}
