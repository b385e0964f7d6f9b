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
package io.github.multids.autoconfigure.flyway;

import java.util.List;

import javax.sql.DataSource;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.MigrationsAtStart;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.jdbc.StartupConnectivity;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.util.StringUtils;

/**
 * Registers the `<name>Flyway` and its migration initializer for a source that has
 * migrations.
 *
 * @author multids
 */
public final class FlywaySourceBeans {

	private FlywaySourceBeans() {
	}

	/**
	 * Register the Flyway beans of a source when it has migrations.
	 * @param beans the bean registrations
	 * @param source the source
	 * @param resourceLoader the resource loader
	 * @param beanFactory the bean factory
	 * @param connectivity which sources answered at startup
	 * @param dependsOn beans that must be created before the migrations run
	 * @return the names of the beans that migrate the source, empty when none
	 */
	public static String[] register(SourceBeanDefinitions beans, SourceDefinition source, ResourceLoader resourceLoader,
			ListableBeanFactory beanFactory, StartupConnectivity connectivity, String... dependsOn) {
		SourceFlywayFactory factory = new SourceFlywayFactory(
				ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
		if (!factory.hasMigrations(source)) {
			return new String[0];
		}
		String name = source.name();
		String flyway = SourceBean.FLYWAY.of(name);
		String initializer = SourceBean.FLYWAY_INITIALIZER.of(name);
		beans.registerSourceBean(
				name, flyway, Flyway.class, () -> factory.create(source,
						beanFactory.getBean(SourceBean.DATA_SOURCE.of(name), DataSource.class), beanFactory),
				SourceBean.DATA_SOURCE.of(name));
		beans.registerSourceBean(name, initializer, FlywayMigrationInitializer.class,
				() -> initializer(source, beanFactory.getBean(flyway, Flyway.class),
						beanFactory.getBeanProvider(FlywayMigrationStrategy.class).getIfUnique(), connectivity),
				StringUtils.concatenateStringArrays(new String[] { flyway }, dependsOn));
		return new String[] { initializer };
	}

	// An optional source that was down at startup migrates once its database is back
	private static FlywayMigrationInitializer initializer(SourceDefinition source, Flyway flyway,
			@Nullable FlywayMigrationStrategy strategy, StartupConnectivity connectivity) {
		String name = source.name();
		FlywayMigrationStrategy atStart = atStart(source, strategy);
		if (connectivity.isReachable(name)) {
			return new FlywayMigrationInitializer(flyway, atStart);
		}
		if (source.migrationsAtStart() == MigrationsAtStart.MIGRATE) {
			connectivity.whenBack(name, "Migrations", flyway::migrate);
		}
		return new FlywayMigrationInitializer(flyway, (deferred) -> {
		});
	}

	/**
	 * Return what startup does with a source's Flyway, as its `migrations.at-start` says.
	 * @param source the source
	 * @param strategy the application's strategy, used to migrate
	 * @return the strategy, never {@code null}
	 */
	public static FlywayMigrationStrategy atStart(SourceDefinition source, @Nullable FlywayMigrationStrategy strategy) {
		return switch (source.migrationsAtStart()) {
			case MIGRATE -> (strategy != null) ? strategy : Flyway::migrate;
			case NONE -> (flyway) -> {
			};
			case VALIDATE -> (flyway) -> validate(source.name(), flyway);
		};
	}

	private static void validate(String name, Flyway flyway) {
		List<String> problems = new FlywayMigrationTarget(name, flyway).problems();
		if (!problems.isEmpty()) {
			throw new DataSourceConfigurationException(
					"Source '" + name + "' is not migrated and 'datasources." + name
							+ ".migrations.at-start' is validate: " + String.join("; ", problems) + ".",
					"Migrate it first (java -jar <app>.jar --multids.migrate-and-exit=" + name
							+ "), or set 'datasources." + name + ".migrations.at-start: migrate'.");
		}
	}

}
