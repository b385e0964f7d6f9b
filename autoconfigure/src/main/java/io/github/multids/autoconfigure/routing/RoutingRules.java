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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.UseDataSource;
import io.github.multids.autoconfigure.binding.PackageRoutingRules;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The routing precedence, in one place: {@code @UseDataSource} on a method beats the one
 * on its class or repository, which beats the longest package rule, and what is left is
 * unassigned (a bean) or on the default source (a repository or an entity).
 *
 * @author multids
 */
public final class RoutingRules {

	private static final String DEFAULT_SOURCE = "default source";

	private final PackageRoutingRules packages;

	private final Set<String> names;

	private final String defaultName;

	/**
	 * Create the rules of the configured sources.
	 * @param packages the package rules
	 * @param names the source names
	 * @param defaultName the default source name
	 */
	public RoutingRules(PackageRoutingRules packages, Set<String> names, String defaultName) {
		this.packages = packages;
		this.names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
		this.defaultName = defaultName;
	}

	/**
	 * Return the source of a bean class: its {@code @UseDataSource}, else its package
	 * rule, else {@code null} (its methods follow their caller).
	 * @param type the user class of the bean
	 * @return the assignment or {@code null}
	 * @throws DataSourceConfigurationException when the annotation names no source
	 */
	public @Nullable SourceAssignment forClass(Class<?> type) {
		UseDataSource annotation = AnnotatedElementUtils.findMergedAnnotation(type, UseDataSource.class);
		if (annotation != null) {
			return annotated(type.getName(), "The class " + type.getName(), annotation.value(), "");
		}
		return byPackage(type.getName());
	}

	/**
	 * Return the source of a method of a bean class: its own {@code @UseDataSource}, else
	 * the class's source, else {@code null}.
	 * @param type the user class of the bean
	 * @param method a method of that class
	 * @return the assignment or {@code null}
	 * @throws DataSourceConfigurationException when an annotation names no source
	 */
	public @Nullable SourceAssignment forMethod(Class<?> type, Method method) {
		return forMethod(type, method, forClass(type));
	}

	/**
	 * Return the source of a method given the source of its class, as
	 * {@link #forMethod(Class, Method)} does, for a caller that asks for many methods.
	 * @param type the user class of the bean
	 * @param method a method of that class
	 * @param classAssignment what {@link #forClass(Class)} answered for the class
	 * @return the assignment or {@code null}
	 */
	@Nullable SourceAssignment forMethod(Class<?> type, Method method, @Nullable SourceAssignment classAssignment) {
		String name = type.getName() + "." + method.getName();
		UseDataSource annotation = AnnotatedElementUtils.findMergedAnnotation(method, UseDataSource.class);
		if (annotation != null) {
			return annotated(name, "The method " + name, annotation.value(), " on the method");
		}
		return (classAssignment != null)
				? new SourceAssignment(name, classAssignment.source(), classAssignment.reason()) : null;
	}

	/**
	 * Return the source of a repository interface: its {@code @UseDataSource}, else its
	 * package rule, else the default source.
	 * @param repository the repository interface
	 * @return the assignment
	 * @throws DataSourceConfigurationException when the annotation names no source, or
	 * one of its methods names another source than the repository's
	 */
	public SourceAssignment forRepository(Class<?> repository) {
		String name = repository.getName();
		UseDataSource annotation = AnnotatedElementUtils.getMergedAnnotation(repository, UseDataSource.class);
		SourceAssignment assignment = (annotation != null)
				? annotated(name, "The repository " + name, annotation.value(), "") : orDefault(name);
		checkRepositoryMethods(repository, assignment.source());
		return assignment;
	}

	/**
	 * Return the source whose persistence unit manages an entity: its package rule, else
	 * the default source.
	 * @param className the entity class name
	 * @return the assignment
	 */
	public SourceAssignment forEntity(String className) {
		return orDefault(className);
	}

	private SourceAssignment annotated(String name, String what, String source, String where) {
		Suggestions.requireAnnotatedSource(what, source, this.names);
		return new SourceAssignment(name, source, "@UseDataSource(\"" + source + "\")" + where);
	}

	private @Nullable SourceAssignment byPackage(String className) {
		String rule = this.packages.packageOf(className);
		return (rule != null)
				? new SourceAssignment(className, this.packages.sourceOf(className), "package rule " + rule) : null;
	}

	private SourceAssignment orDefault(String className) {
		SourceAssignment byPackage = byPackage(className);
		return (byPackage != null) ? byPackage : new SourceAssignment(className, this.defaultName, DEFAULT_SOURCE);
	}

	private static void checkRepositoryMethods(Class<?> repository, String source) {
		for (Method method : repository.getMethods()) {
			UseDataSource annotation = AnnotatedElementUtils.findMergedAnnotation(method, UseDataSource.class);
			if (annotation != null && !annotation.value().equals(source)) {
				throw new DataSourceConfigurationException(
						"The repository method " + repository.getName() + "." + method.getName()
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
