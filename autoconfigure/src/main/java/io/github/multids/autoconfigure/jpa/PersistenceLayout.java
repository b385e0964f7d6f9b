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

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.github.multids.autoconfigure.binding.Library;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.routing.RoutingRules;
import io.github.multids.autoconfigure.routing.SourceAssignment;

import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.data.repository.core.support.AbstractRepositoryMetadata;
import org.springframework.util.ClassUtils;

/**
 * Which entities each source's persistence unit manages and which repositories each
 * source owns, decided once at startup from the package rules and {@code @UseDataSource}.
 *
 * @author multids
 */
public final class PersistenceLayout {

	private final Map<String, Set<String>> managedTypes = new LinkedHashMap<>();

	private final Map<String, Set<String>> repositories = new LinkedHashMap<>();

	private final Map<String, SourceAssignment> repositoryAssignments = new LinkedHashMap<>();

	private PersistenceLayout(SourceDefinitions model) {
		model.names().forEach((name) -> {
			this.managedTypes.put(name, new LinkedHashSet<>());
			this.repositories.put(name, new LinkedHashSet<>());
		});
	}

	/**
	 * Scan the packages and assign entities and repositories to sources.
	 * @param model the sources
	 * @param rules the routing rules
	 * @param packages the packages to scan
	 * @param resourceLoader the resource loader
	 * @return the layout
	 */
	public static PersistenceLayout scan(SourceDefinitions model, RoutingRules rules, Collection<String> packages,
			ResourceLoader resourceLoader) {
		PersistenceLayout layout = new PersistenceLayout(model);
		PersistenceScanner scanner = new PersistenceScanner(resourceLoader);
		Set<String> sharedTypes = new LinkedHashSet<>();
		Set<String> entities = new LinkedHashSet<>();
		for (AnnotationMetadata type : scanner.managedTypes(packages)) {
			if (type.hasAnnotation("jakarta.persistence.Entity")) {
				entities.add(type.getClassName());
				layout.managedTypes.get(rules.forEntity(type.getClassName()).source()).add(type.getClassName());
			}
			else {
				sharedTypes.add(type.getClassName());
			}
		}
		ClassLoader classLoader = resourceLoader.getClassLoader();
		if (Library.SPRING_DATA_JPA.isPresent(classLoader)) {
			for (AnnotationMetadata repository : scanner.repositories(packages)) {
				layout.addRepository(rules, ClassUtils.resolveClassName(repository.getClassName(), classLoader),
						entities);
			}
		}
		layout.managedTypes.values()
			.stream()
			.filter((types) -> !types.isEmpty())
			.forEach((types) -> types.addAll(sharedTypes));
		return layout;
	}

	private void addRepository(RoutingRules rules, Class<?> repository, Set<String> entities) {
		SourceAssignment assignment = rules.forRepository(repository);
		this.repositories.get(assignment.source()).add(repository.getName());
		this.repositoryAssignments.put(repository.getName(), assignment);
		// The source's EntityManagerFactory manages the entities its repositories use
		String domainPackage = ClassUtils
			.getPackageName(AbstractRepositoryMetadata.getMetadata(repository).getDomainType());
		entities.stream()
			.filter((entity) -> ClassUtils.getPackageName(entity).equals(domainPackage))
			.forEach(this.managedTypes.get(assignment.source())::add);
	}

	/**
	 * Return whether the source's persistence unit manages any entity.
	 * @param name the source name
	 * @return whether the source owns entities
	 */
	public boolean hasEntities(String name) {
		return !this.managedTypes.get(name).isEmpty();
	}

	/**
	 * Return the class names the source's persistence unit manages.
	 * @param name the source name
	 * @return the managed class names
	 */
	public Set<String> managedTypes(String name) {
		return Collections.unmodifiableSet(this.managedTypes.get(name));
	}

	/**
	 * Return the class names that any source's persistence unit manages.
	 * @return the managed class names
	 */
	public Set<String> allManagedTypes() {
		Set<String> types = new LinkedHashSet<>();
		this.managedTypes.values().forEach(types::addAll);
		return types;
	}

	/**
	 * Return the repository interfaces the source owns.
	 * @param name the source name
	 * @return the repository interface names
	 */
	public Set<String> repositories(String name) {
		return Collections.unmodifiableSet(this.repositories.get(name));
	}

	/**
	 * Return how each repository interface was assigned.
	 * @return the assignments
	 */
	public Collection<SourceAssignment> repositoryAssignments() {
		return Collections.unmodifiableCollection(this.repositoryAssignments.values());
	}

}
