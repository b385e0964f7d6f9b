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
package io.github.multids.autoconfigure.jdbc;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * The data source a source's migrations run on, as Spring Boot builds it for Flyway and
 * Liquibase: `url` migrates another database, `user` (and its password) the source's
 * database as another user, else the source's own pool.
 *
 * @author multids
 */
public final class MigrationDataSources {

	private MigrationDataSources() {
	}

	/**
	 * Return the data source to migrate with.
	 * @param url the migration's own url, if any
	 * @param user the migration's own user, if any
	 * @param password that user's password
	 * @param driverClassName the migration's own driver, if any
	 * @param dataSource the source's pool
	 * @return the pool, or a data source built for the migration
	 */
	public static DataSource of(@Nullable String url, @Nullable String user, @Nullable String password,
			@Nullable String driverClassName, DataSource dataSource) {
		if (url == null && user == null) {
			return dataSource;
		}
		DataSourceBuilder<?> builder = (url != null) ? DataSourceBuilder.create().url(url)
				: DataSourceBuilder.derivedFrom(dataSource);
		builder.type(SimpleDriverDataSource.class).username(user).password(password);
		if (StringUtils.hasText(driverClassName)) {
			builder.driverClassName(driverClassName);
		}
		else if (url == null && dataSource instanceof HikariDataSource pool) {
			builder.driverClassName(pool.getDriverClassName());
		}
		return builder.build();
	}

}
