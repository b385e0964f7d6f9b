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

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.TenantSettings;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Creates the `JdbcTemplate`s behind the per-source and routing clients, with a
 * translator that names the source on every failure.
 *
 * @author multids
 */
public final class SourceJdbcTemplates {

	// The names of Spring's sql-error-codes.xml
	private static final Map<DatabaseDriver, String> PRODUCT_NAMES = Map.of(DatabaseDriver.POSTGRESQL, "PostgreSQL",
			DatabaseDriver.MYSQL, "MySQL", DatabaseDriver.MARIADB, "MariaDB", DatabaseDriver.H2, "H2",
			DatabaseDriver.SQLSERVER, "MS-SQL", DatabaseDriver.ORACLE, "Oracle", DatabaseDriver.DB2, "DB2");

	private SourceJdbcTemplates() {
	}

	/**
	 * Create the template of one source.
	 * @param source the source name
	 * @param dataSource its pool
	 * @return the template
	 */
	public static JdbcTemplate forSource(String source, DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setExceptionTranslator(
				new SourceNamingExceptionTranslator(Map.of(source, translator(dataSource)), source, source));
		return template;
	}

	/**
	 * Create the template over the routing data source.
	 * @param dataSource the routing data source
	 * @param targets the pool of each source
	 * @param defaultSource the default source
	 * @return the template
	 */
	public static JdbcTemplate routing(DataSource dataSource, Map<String, DataSource> targets, String defaultSource) {
		Map<String, SQLExceptionTranslator> translators = new LinkedHashMap<>();
		targets.forEach((name, target) -> translators.put(name, translator(target)));
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setExceptionTranslator(new SourceNamingExceptionTranslator(translators, null, defaultSource));
		return template;
	}

	// A tenant source has no one database to read the error codes from: its url names
	// the vendor
	private static SQLExceptionTranslator translator(DataSource dataSource) {
		if (dataSource instanceof HikariDataSource pool && TenantSettings.isTemplate(pool.getJdbcUrl())) {
			String product = PRODUCT_NAMES.get(JdbcUrls.driver(pool.getJdbcUrl()));
			return (product != null) ? new SQLErrorCodeSQLExceptionTranslator(product)
					: new SQLStateSQLExceptionTranslator();
		}
		return new SQLErrorCodeSQLExceptionTranslator(dataSource);
	}

}
