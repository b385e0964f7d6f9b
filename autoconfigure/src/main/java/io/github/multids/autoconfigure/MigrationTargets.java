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
package io.github.multids.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.Library;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.TenantSettings;
import io.github.multids.autoconfigure.flyway.FlywayMigrationTarget;
import io.github.multids.autoconfigure.flyway.FlywaySection;
import io.github.multids.autoconfigure.flyway.SourceFlywayFactory;
import io.github.multids.autoconfigure.liquibase.LiquibaseMigrationTarget;
import io.github.multids.autoconfigure.liquibase.LiquibaseSourceBeans;
import io.github.multids.autoconfigure.liquibase.SourceLiquibaseFactory;
import io.github.multids.autoconfigure.migrations.MigrationResult;
import io.github.multids.autoconfigure.migrations.MigrationTarget;
import io.github.multids.autoconfigure.tenants.TenantMigrations;
import io.github.multids.autoconfigure.tenants.TenantSourceBeans;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * The migration targets of the sources a command names: one per source, whose pool opens
 * its first connection when the command runs.
 *
 * @author multids
 */
final class MigrationTargets {

	private MigrationTargets() {
	}

	/**
	 * Return which library migrates a source.
	 * @param source the source
	 * @param resourceLoader where migrations and change logs are found
	 * @return the library, {@code null} when the source has nothing to migrate
	 * @throws DataSourceConfigurationException when the source has both Flyway migrations
	 * and a Liquibase change log
	 */
	static @Nullable Library libraryOf(SourceDefinition source, ResourceLoader resourceLoader) {
		ClassLoader classLoader = resourceLoader.getClassLoader();
		boolean flyway = Library.FLYWAY.isPresent(classLoader)
				&& new SourceFlywayFactory(ResourcePatternUtils.getResourcePatternResolver(resourceLoader))
					.hasMigrations(source);
		boolean liquibase = Library.LIQUIBASE.isPresent(classLoader)
				&& LiquibaseSourceBeans.hasChangeLog(source, resourceLoader);
		if (flyway && liquibase) {
			String name = source.name();
			throw new DataSourceConfigurationException(
					"Source '" + name + "' has both Flyway migrations in "
							+ source.section(FlywaySection.INSTANCE).getLocations() + " and the Liquibase change log '"
							+ SourceLiquibaseFactory.changeLog(source) + "'.",
					"Keep one of them: remove the other, or set 'datasources." + name
							+ ".flyway.enabled: false' or 'datasources." + name + ".liquibase.enabled: false'.");
		}
		return flyway ? Library.FLYWAY : (liquibase ? Library.LIQUIBASE : null);
	}

	/**
	 * Return one target per source.
	 * @param sources the sources, in the order to report them
	 * @param classLoader the application class loader
	 * @param pools collects the pools opened, for the caller to close
	 * @return the targets
	 */
	static List<MigrationTarget> of(List<SourceDefinition> sources, ClassLoader classLoader,
			List<HikariDataSource> pools) {
		ResourceLoader resourceLoader = new DefaultResourceLoader(classLoader);
		List<MigrationTarget> targets = new ArrayList<>();
		for (SourceDefinition source : sources) {
			if (JdbcUrls.isSharded(source.url())) {
				// Through the engine Flyway would not reach the physical databases
				targets.add(new ShardedSource(source.name()));
				continue;
			}
			Library library = libraryOf(source, resourceLoader);
			if (library == null) {
				targets.add(new NothingToMigrate(source.name(), "no migrations"));
				continue;
			}
			if (source.isTenantSource()) {
				TenantSourceBeans.refuseMigrationUrl(source, library);
				// Every tenant registered by configuration, each on its own database
				for (String tenant : source.tenants().names()) {
					HikariDataSource pool = pool(source);
					pool.setJdbcUrl(TenantSettings.url(pool.getJdbcUrl(), tenant));
					pool.setPoolName(source.name() + "." + tenant);
					pools.add(pool);
					targets.add(target(source, library, TenantMigrations.targetName(source.name(), tenant), pool,
							resourceLoader));
				}
				if (source.tenants().names().isEmpty()) {
					// Tenants registered at run time are not known before the application
					// starts
					targets.add(new NothingToMigrate(source.name(), "no tenant in 'datasources." + source.name()
							+ ".tenants.names'; tenants registered at run time are migrated when they are registered"));
				}
				continue;
			}
			HikariDataSource pool = pool(source);
			pools.add(pool);
			targets.add(target(source, library, source.name(), pool, resourceLoader));
		}
		return targets;
	}

	private static MigrationTarget target(SourceDefinition source, Library library, String name, HikariDataSource pool,
			ResourceLoader resourceLoader) {
		return (library == Library.FLYWAY) ? flyway(source, name, pool, resourceLoader)
				: new LiquibaseMigrationTarget(name, new SourceLiquibaseFactory(resourceLoader).create(source, pool));
	}

	private static MigrationTarget flyway(SourceDefinition source, String name, HikariDataSource pool,
			ResourceLoader resourceLoader) {
		return new FlywayMigrationTarget(name,
				new SourceFlywayFactory(ResourcePatternUtils.getResourcePatternResolver(resourceLoader)).create(source,
						pool, new DefaultListableBeanFactory()));
	}

	// Not started: the pool connects when the command first asks for a connection
	private static HikariDataSource pool(SourceDefinition source) {
		HikariDataSource pool = new HikariDataSource();
		source.configurePool(pool);
		pool.setMinimumIdle(0);
		pool.setMaximumPoolSize(Math.min(pool.getMaximumPoolSize(), 3));
		return pool;
	}

	/**
	 * A sharded source, whose physical databases the commands do not migrate yet: each
	 * command fails for it, saying so, rather than migrate through the engine.
	 */
	private record ShardedSource(String name) implements MigrationTarget {

		private static final String NOT_COVERED = "a sharded source's physical databases are migrated when"
				+ " the application starts; the migration commands do not cover them yet";

		@Override
		public MigrationResult migrate() {
			return MigrationResult.failure(this.name, NOT_COVERED);
		}

		@Override
		public MigrationResult validate() {
			return migrate();
		}

		@Override
		public MigrationResult info() {
			return migrate();
		}

	}

	/**
	 * A source without migrations.
	 */
	private record NothingToMigrate(String name, String summary) implements MigrationTarget {

		@Override
		public MigrationResult migrate() {
			return info();
		}

		@Override
		public MigrationResult validate() {
			return info();
		}

		@Override
		public MigrationResult info() {
			return MigrationResult.success(this.name, this.summary);
		}

	}

}
