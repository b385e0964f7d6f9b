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
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.autoconfigure.binding.ReadSettings;
import io.github.multids.autoconfigure.binding.ReplicaDefinition;
import io.github.multids.autoconfigure.binding.SourceSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.util.ClassUtils;

/**
 * Hints for what multids reads reflectively at run time: the settings it binds for every
 * source, HikariCP's configuration (each `hikari.*` key is checked against its
 * properties, and its fields are copied onto each pool), and the default locations of
 * each source's migrations and SQL scripts, with their `{vendor}` folders.
 *
 * @author multids
 * @since 0.1.0
 */
public class MultiDataSourceRuntimeHints implements RuntimeHintsRegistrar {

	private static final String[] OPTIONAL_BOUND_TYPES = { "org.springframework.boot.jpa.autoconfigure.JpaProperties",
			"org.springframework.boot.hibernate.autoconfigure.HibernateProperties",
			"org.springframework.boot.flyway.autoconfigure.FlywayProperties" };

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar.forTypes(boundTypes(classLoader)).registerHints(hints, classLoader);
		// HikariConfig.copyStateTo copies every declared field onto the source's pool
		hints.reflection()
			.registerType(HikariConfig.class, MemberCategory.INVOKE_PUBLIC_METHODS,
					MemberCategory.ACCESS_DECLARED_FIELDS)
			.registerType(HikariDataSource.class, MemberCategory.INVOKE_PUBLIC_METHODS);
		// classpath:db/migration/<name>, its {vendor} folders, and db/sql/<name>/*.sql
		hints.resources().registerPattern("db/migration/**").registerPattern("db/sql/**");
	}

	private static Class<?>[] boundTypes(@Nullable ClassLoader classLoader) {
		List<Class<?>> types = new ArrayList<>(List.of(SourceSettings.class, DataSourceProperties.class,
				HikariConfig.class, SqlInitializationProperties.class, ReadSettings.class,
				ReplicaDefinition.connectionSettingsType()));
		for (String name : OPTIONAL_BOUND_TYPES) {
			if (ClassUtils.isPresent(name, classLoader)) {
				types.add(ClassUtils.resolveClassName(name, classLoader));
			}
		}
		return types.toArray(Class<?>[]::new);
	}

}
