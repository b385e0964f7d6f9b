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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.multids.UseDataSource;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.ReflectionUtils.MethodFilter;

/**
 * Resolves, once per bean class, which of its methods run on which source, from the
 * answers of the {@link RoutingRules}, and turns that into one advisor per source.
 *
 * @author multids
 */
final class RoutingPlanner {

	private static final MethodFilter ROUTABLE = (method) -> !Modifier.isPrivate(method.getModifiers())
			&& !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class;

	private final RoutingRules rules;

	RoutingPlanner(RoutingRules rules) {
		this.rules = rules;
	}

	/**
	 * Return the routing of a bean class, {@link RoutingPlan#NONE} when none of its
	 * methods has a source.
	 * @param type the user class of the bean
	 * @return the plan
	 */
	RoutingPlan plan(Class<?> type) {
		SourceAssignment classAssignment = this.rules.forClass(type);
		Map<Method, SourceAssignment> methods = new HashMap<>();
		ReflectionUtils.doWithMethods(type, (method) -> {
			SourceAssignment assignment = this.rules.forMethod(type, method, classAssignment);
			if (assignment != null) {
				methods.put(method, assignment);
			}
		}, ROUTABLE);
		if (methods.isEmpty()) {
			return RoutingPlan.NONE;
		}
		addInterfaceMethods(type, methods);
		return new RoutingPlan(advisors(type, methods), assignments(classAssignment, methods));
	}

	private static void addInterfaceMethods(Class<?> type, Map<Method, SourceAssignment> methods) {
		// A JDK proxy calls the advice with the interface's method
		for (Class<?> ifc : ClassUtils.getAllInterfacesForClassAsSet(type)) {
			for (Method method : ifc.getMethods()) {
				SourceAssignment assignment = methods.get(ClassUtils.getMostSpecificMethod(method, type));
				if (assignment != null) {
					methods.putIfAbsent(method, assignment);
				}
			}
		}
	}

	private static List<Advisor> advisors(Class<?> type, Map<Method, SourceAssignment> methods) {
		// Independent methods of a source get an interceptor of their own
		Map<String, Map<Boolean, Set<Method>>> methodsBySource = new LinkedHashMap<>();
		methods.forEach((method, assignment) -> methodsBySource
			.computeIfAbsent(assignment.source(), (source) -> new LinkedHashMap<>())
			.computeIfAbsent(isIndependent(type, method), (independent) -> new LinkedHashSet<>())
			.add(method));
		List<Advisor> advisors = new ArrayList<>();
		methodsBySource
			.forEach((source,
					groups) -> groups.forEach((independent, sourceMethods) -> advisors
						.add(new DefaultPointcutAdvisor(new SourceMethodsPointcut(sourceMethods),
								new SourceRoutingInterceptor(source, independent)))));
		return advisors;
	}

	// The method's own @UseDataSource, else its class's
	private static boolean isIndependent(Class<?> type, Method method) {
		UseDataSource annotation = AnnotatedElementUtils
			.findMergedAnnotation(ClassUtils.getMostSpecificMethod(method, type), UseDataSource.class);
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(type, UseDataSource.class);
		}
		return annotation != null && annotation.independent();
	}

	private static List<SourceAssignment> assignments(SourceAssignment classAssignment,
			Map<Method, SourceAssignment> methods) {
		List<SourceAssignment> assignments = new ArrayList<>();
		if (classAssignment != null) {
			assignments.add(classAssignment);
		}
		methods.forEach((method, assignment) -> {
			boolean ownSource = classAssignment == null || !classAssignment.source().equals(assignment.source());
			if (ownSource && !method.getDeclaringClass().isInterface()) {
				assignments.add(assignment);
			}
		});
		assignments.sort(Comparator.comparing(SourceAssignment::name));
		return assignments;
	}

}
