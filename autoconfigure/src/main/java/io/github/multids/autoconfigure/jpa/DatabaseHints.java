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

package io.github.multids.autoconfigure.jpa;

import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.multids.autoconfigure.binding.JdbcUrls;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Tells Hibernate about a source's database where it cannot find out right: a MariaDB
 * server behind MySQL Connector/J, or a database that is down at startup.
 *
 * @author multids
 */
final class DatabaseHints {

	private static final Log logger = LogFactory.getLog(DatabaseHints.class);

	private static final Pattern MARIADB_VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+-MariaDB");

	private static final Map<DatabaseDriver, String> PRODUCT_NAMES = Map.of(DatabaseDriver.POSTGRESQL, "PostgreSQL",
			DatabaseDriver.MYSQL, "MySQL", DatabaseDriver.MARIADB, "MariaDB", DatabaseDriver.H2, "H2",
			DatabaseDriver.SQLSERVER, "Microsoft SQL Server", DatabaseDriver.ORACLE, "Oracle", DatabaseDriver.DB2,
			"DB2");

	private static final String[] SCHEMA_ACTIONS = { "hibernate.hbm2ddl.auto",
			"jakarta.persistence.schema-generation.database.action" };

	private DatabaseHints() {
	}

	// MySQL Connector/J reports a MariaDB server as MySQL 5.5.5, which Hibernate no
	// longer supports: describe the real server so Hibernate picks the MariaDB dialect
	static Map<String, Object> mariaDbBehindMySqlDriver(DataSource dataSource) {
		try {
			String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
			if (url == null || !url.startsWith("jdbc:mysql:")) {
				return Map.of();
			}
			Matcher version = MARIADB_VERSION
				.matcher(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductVersion));
			if (!version.find()) {
				return Map.of();
			}
			return Map.of("jakarta.persistence.database-product-name", "MariaDB",
					"jakarta.persistence.database-product-version", version.group(1) + "." + version.group(2),
					"jakarta.persistence.database-major-version", version.group(1),
					"jakarta.persistence.database-minor-version", version.group(2));
		}
		catch (MetaDataAccessException ex) {
			return Map.of();
		}
	}

	// An optional source that is down: Hibernate must not connect to boot, and cannot
	// validate or generate the schema
	static void bootOffline(Map<String, Object> properties, String url) {
		properties.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		DatabaseDriver driver = JdbcUrls.driver(url);
		String product = PRODUCT_NAMES.get(driver);
		if (product != null) {
			properties.putIfAbsent("jakarta.persistence.database-product-name", product);
		}
		for (String action : SCHEMA_ACTIONS) {
			Object value = properties.remove(action);
			if (value != null && !"none".equals(value)) {
				logger.warn("Skipping '" + value + "' of the schema (" + action
						+ ") because the database was down at startup");
			}
		}
	}

}
