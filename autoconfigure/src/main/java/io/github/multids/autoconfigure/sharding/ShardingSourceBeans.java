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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.ResourceLoader;

/**
 * Registers the beans of a sharded source: the pools of its physical databases, a Flyway
 * per physical database with migrations, and the source's pool over the engine, which
 * starts after the migrations so that the engine reads the migrated schema.
 *
 * @author multids
 * @since 0.1.0
 */
public final class ShardingSourceBeans {

	private ShardingSourceBeans() {
	}

	/**
	 * Register the beans of a sharded source.
	 * @param beans the bean registrations
	 * @param source the source
	 * @param sharded its engine configuration
	 * @param withFlyway whether Flyway is on the classpath
	 * @param resourceLoader the resource loader
	 * @param beanFactory the bean factory
	 * @return the names of the beans that migrate its physical databases, empty when none
	 */
	public static String[] register(SourceBeanDefinitions beans, SourceDefinition source, ShardedSource sharded,
			boolean withFlyway, ResourceLoader resourceLoader, ListableBeanFactory beanFactory) {
		String name = source.name();
		String physical = PhysicalDatabases.beanName(name);
		beans.registerSourceBean(name, physical, PhysicalDatabases.class,
				() -> PhysicalDatabases.create(sharded, poolSize(source)));
		String[] migrations = withFlyway
				? ShardFlywayBeans.register(beans, source, sharded, resourceLoader, beanFactory) : new String[0];
		List<String> dependsOn = new ArrayList<>(List.of(migrations));
		dependsOn.add(physical);
		beans.registerSourceBean(name, SourceBean.DATA_SOURCE.of(name), HikariDataSource.class,
				() -> ShardedHikariDataSource.create(source, beanFactory.getBean(physical, PhysicalDatabases.class)),
				dependsOn.toArray(String[]::new));
		return migrations;
	}

	private static int poolSize(SourceDefinition source) {
		HikariConfig pool = new HikariConfig();
		source.configurePool(pool);
		return pool.getMaximumPoolSize();
	}

}
