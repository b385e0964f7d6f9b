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

package io.github.multids.autoconfigure.reporting;

import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.Library;
import io.github.multids.autoconfigure.jdbc.PoolFigures;
import io.github.multids.autoconfigure.reporting.SourceDescription.PhysicalDatabase;
import io.github.multids.autoconfigure.reporting.SourceDescription.Sharding;
import io.github.multids.autoconfigure.sharding.PhysicalDatabases;
import io.github.multids.autoconfigure.sharding.ShardedSource;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Describes the physical databases and sharded tables of a sharded source.
 *
 * @author multids
 */
final class ShardingDescriptions {

	private ShardingDescriptions() {
	}

	static @Nullable Sharding sharding(ListableBeanFactory beanFactory, String name) {
		PhysicalDatabases physical = PhysicalDatabases.of(beanFactory, name);
		if (physical == null) {
			return null;
		}
		ShardedSource source = physical.source();
		List<PhysicalDatabase> databases = new ArrayList<>();
		for (ShardedSource.PhysicalDatabase database : source.databases()) {
			databases.add(new PhysicalDatabase(database.name(), JdbcUrls.mask(database.url()),
					migrations(beanFactory, PhysicalDatabases.flywayBeanName(name, database.name())),
					(physical.dataSources().get(database.name()) instanceof HikariDataSource pool)
							? PoolFigures.of(pool) : null));
		}
		return new Sharding(source.configuration(), source.tables(), databases);
	}

	private static SourceDescription.@Nullable Migrations migrations(ListableBeanFactory beanFactory, String beanName) {
		if (!Library.FLYWAY.isPresent(ShardingDescriptions.class.getClassLoader())
				|| !beanFactory.containsBean(beanName)) {
			return null;
		}
		return FlywayDescriptions.migrations(beanFactory, beanName);
	}

}
