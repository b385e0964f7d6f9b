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
import io.github.multids.autoconfigure.binding.Library;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.flyway.FlywayMigrationTarget;
import io.github.multids.autoconfigure.flyway.SourceFlywayFactory;
import io.github.multids.autoconfigure.migrations.MigrationResult;
import io.github.multids.autoconfigure.migrations.MigrationTarget;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
	 * Return one target per source.
	 * @param sources the sources, in the order to report them
	 * @param classLoader the application class loader
	 * @param pools collects the pools opened, for the caller to close
	 * @return the targets
	 */
	static List<MigrationTarget> of(List<SourceDefinition> sources, ClassLoader classLoader,
			List<HikariDataSource> pools) {
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver(
				new DefaultResourceLoader(classLoader));
		SourceFlywayFactory flyway = Library.FLYWAY.isPresent(classLoader) ? new SourceFlywayFactory(resources) : null;
		List<MigrationTarget> targets = new ArrayList<>();
		for (SourceDefinition source : sources) {
			if (flyway != null && flyway.hasMigrations(source)) {
				HikariDataSource pool = pool(source);
				pools.add(pool);
				targets.add(new FlywayMigrationTarget(source.name(),
						flyway.create(source, pool, new DefaultListableBeanFactory())));
			}
			else {
				targets.add(new NothingToMigrate(source.name()));
			}
		}
		return targets;
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
	 * A source without migrations.
	 */
	private record NothingToMigrate(String name) implements MigrationTarget {

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
			return MigrationResult.success(this.name, "no migrations");
		}

	}

}
