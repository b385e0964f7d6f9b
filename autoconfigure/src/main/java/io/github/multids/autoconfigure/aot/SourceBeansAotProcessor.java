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
package io.github.multids.autoconfigure.aot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.Library;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.flyway.FlywaySection;
import io.github.multids.autoconfigure.jpa.PersistenceLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.autoconfigure.init.ApplicationScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.util.ClassUtils;

/**
 * Hints for what the sources of this application need at run time, as the build sees
 * them: the entities each source's EntityManagerFactory manages, the JDBC driver of each
 * pool, and the configured locations of each source's migrations and SQL scripts, for any
 * `{vendor}`.
 *
 * @author multids
 */
class SourceBeansAotProcessor implements BeanFactoryInitializationAotProcessor {

	static final String SOURCE_DEFINITIONS_BEAN_NAME = "multidsSourceDefinitions";

	static final String PERSISTENCE_LAYOUT_BEAN_NAME = "multidsPersistenceLayout";

	private static final MemberCategory[] ENTITY_MEMBERS = { MemberCategory.ACCESS_DECLARED_FIELDS,
			MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS };

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		if (!beanFactory.containsBean(SOURCE_DEFINITIONS_BEAN_NAME)) {
			return null;
		}
		ClassLoader classLoader = (beanFactory.getBeanClassLoader() != null) ? beanFactory.getBeanClassLoader()
				: ClassUtils.getDefaultClassLoader();
		List<String> patterns = resourcePatterns(
				beanFactory.getBean(SOURCE_DEFINITIONS_BEAN_NAME, SourceDefinitions.class),
				Library.FLYWAY.isPresent(classLoader));
		Set<String> entities = beanFactory.containsBean(PERSISTENCE_LAYOUT_BEAN_NAME)
				? beanFactory.getBean(PERSISTENCE_LAYOUT_BEAN_NAME, PersistenceLayout.class).allManagedTypes()
				: Set.of();
		Set<String> drivers = drivers(beanFactory.getBean(SOURCE_DEFINITIONS_BEAN_NAME, SourceDefinitions.class));
		return (generationContext, code) -> registerHints(generationContext.getRuntimeHints(), patterns, entities,
				drivers);
	}

	static void registerHints(RuntimeHints hints, List<String> resourcePatterns, Set<String> entities,
			Set<String> drivers) {
		resourcePatterns.forEach(hints.resources()::registerPattern);
		entities.forEach((entity) -> hints.reflection().registerType(TypeReference.of(entity), ENTITY_MEMBERS));
		// HikariCP loads and instantiates the driver of each pool by its name
		drivers.forEach((driver) -> hints.reflection()
			.registerType(TypeReference.of(driver), MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS));
	}

	static Set<String> drivers(SourceDefinitions sources) {
		Set<String> drivers = new LinkedHashSet<>();
		for (SourceDefinition source : sources.all()) {
			HikariConfig pool = new HikariConfig();
			source.configurePool(pool);
			if (pool.getDriverClassName() != null) {
				drivers.add(pool.getDriverClassName());
			}
		}
		return drivers;
	}

	// Resource patterns of the classpath locations: everything below a migration folder,
	// each script; the vendor may change with the url at run time, so any vendor
	static List<String> resourcePatterns(SourceDefinitions sources, boolean flyway) {
		Set<String> patterns = new LinkedHashSet<>();
		for (SourceDefinition source : sources.all()) {
			if (flyway) {
				List<String> folders = new ArrayList<>(source.section(FlywaySection.INSTANCE).getLocations());
				folders.addAll(source.section(FlywaySection.INSTANCE).getCallbackLocations());
				addPatterns(patterns, folders, "/**");
			}
			DatabaseInitializationSettings scripts = ApplicationScriptDatabaseInitializer.getSettings(source.sqlInit());
			addPatterns(patterns, (scripts.getSchemaLocations() != null) ? scripts.getSchemaLocations() : List.of(),
					"");
			addPatterns(patterns, (scripts.getDataLocations() != null) ? scripts.getDataLocations() : List.of(), "");
		}
		return List.copyOf(patterns);
	}

	private static void addPatterns(Set<String> patterns, List<String> locations, String suffix) {
		for (String location : JdbcUrls.withVendor(locations, "*")) {
			String path = classpathPath(location);
			if (path != null) {
				patterns.add(path + suffix);
			}
		}
	}

	private static @Nullable String classpathPath(String location) {
		String path = location.startsWith("optional:") ? location.substring("optional:".length()) : location;
		if (!path.startsWith("classpath:") && !path.startsWith("classpath*:")) {
			return null;
		}
		path = path.substring(path.indexOf(':') + 1);
		while (path.startsWith("/")) {
			path = path.substring(1);
		}
		return path.isEmpty() ? null : path;
	}

}
