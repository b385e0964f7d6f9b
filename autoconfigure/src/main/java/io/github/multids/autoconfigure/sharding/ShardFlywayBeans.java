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

package io.github.multids.autoconfigure.sharding;

import java.util.ArrayList;
import java.util.List;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.flyway.FlywaySection;
import io.github.multids.autoconfigure.flyway.FlywaySourceBeans;
import io.github.multids.autoconfigure.flyway.SourceFlywayFactory;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Registers one Flyway per physical database of a sharded source, each with its own
 * history in its own database: {@code <source>.<database>Flyway}, migrated by
 * {@code <source>.<database>FlywayInitializer}.
 *
 * @author multids
 */
final class ShardFlywayBeans {

	private ShardFlywayBeans() {
	}

	static String[] register(SourceBeanDefinitions beans, SourceDefinition source, ShardedSource sharded,
			ResourceLoader resourceLoader, ListableBeanFactory beanFactory) {
		SourceFlywayFactory factory = new SourceFlywayFactory(
				ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
		String name = source.name();
		if (source.section(FlywaySection.INSTANCE).getUrl() != null) {
			throw new DataSourceConfigurationException(
					"'datasources." + name + ".flyway.url' is not supported on a sharded source: its migrations run"
							+ " on each physical database that " + sharded.configuration() + " lists.",
					"Remove 'datasources." + name + ".flyway.url'.");
		}
		String physical = PhysicalDatabases.beanName(name);
		List<String> initializers = new ArrayList<>();
		for (ShardedSource.PhysicalDatabase database : sharded.databases()) {
			if (!factory.hasMigrations(source, database.vendor())) {
				continue;
			}
			String flyway = PhysicalDatabases.flywayBeanName(name, database.name());
			beans.registerSourceBean(name, flyway, Flyway.class,
					() -> factory.create(source, database.vendor(),
							beanFactory.getBean(physical, PhysicalDatabases.class).dataSources().get(database.name()),
							beanFactory),
					physical);
			String initializer = flyway + "Initializer";
			beans.registerSourceBean(name, initializer, FlywayMigrationInitializer.class,
					() -> new FlywayMigrationInitializer(beanFactory.getBean(flyway, Flyway.class), FlywaySourceBeans
						.atStart(source, beanFactory.getBeanProvider(FlywayMigrationStrategy.class).getIfUnique())),
					flyway);
			initializers.add(initializer);
		}
		return initializers.toArray(String[]::new);
	}

}
