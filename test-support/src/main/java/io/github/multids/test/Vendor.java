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

package io.github.multids.test;

import java.util.Properties;

import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A kind of database server the tests create their databases on, with its environment
 * variables, defaults, SQL dialect and Testcontainers image.
 *
 * @author multids
 */
public enum Vendor {

	/**
	 * PostgreSQL.
	 */
	POSTGRESQL("PostgreSQL", "MULTIDS_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres") {

		@Override
		Properties timeouts() {
			Properties properties = new Properties();
			properties.setProperty("connectTimeout", "5");
			properties.setProperty("loginTimeout", "5");
			return properties;
		}

		@Override
		public String dropDatabase(String name) {
			return "drop database if exists " + name + " with (force)";
		}

		@Override
		JdbcDatabaseContainer<?> container() {
			return new PostgreSQLContainer("postgres:17-alpine");
		}

	},

	/**
	 * MySQL or MariaDB, through MySQL Connector/J.
	 */
	MYSQL("MySQL/MariaDB", "MULTIDS_TEST_MYSQL", "jdbc:mysql://127.0.0.1:3306/", "root") {

		@Override
		Properties timeouts() {
			Properties properties = new Properties();
			properties.setProperty("connectTimeout", "5000");
			return properties;
		}

		@Override
		public String dropDatabase(String name) {
			return "drop database if exists " + name;
		}

		@Override
		JdbcDatabaseContainer<?> container() {
			// Root, so that the tests can create and drop their own databases.
			return new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
		}

	};

	private final String displayName;

	private final String environmentPrefix;

	private final String defaultUrl;

	private final String defaultUser;

	Vendor(String displayName, String environmentPrefix, String defaultUrl, String defaultUser) {
		this.displayName = displayName;
		this.environmentPrefix = environmentPrefix;
		this.defaultUrl = defaultUrl;
		this.defaultUser = defaultUser;
	}

	String displayName() {
		return this.displayName;
	}

	String defaultUrl() {
		return this.defaultUrl;
	}

	String defaultUser() {
		return this.defaultUser;
	}

	String environmentVariable(String suffix) {
		return this.environmentPrefix + "_" + suffix;
	}

	String environmentVariables() {
		return environmentVariable("URL") + ", " + environmentVariable("USER") + " and "
				+ environmentVariable("PASSWORD");
	}

	/**
	 * Return the statement that creates a database.
	 * @param name the database name
	 * @return the SQL statement
	 */
	public String createDatabase(String name) {
		return "create database " + name;
	}

	abstract Properties timeouts();

	/**
	 * Return the statement that drops a database, if it exists, with its connections.
	 * @param name the database name
	 * @return the SQL statement
	 */
	public abstract String dropDatabase(String name);

	abstract JdbcDatabaseContainer<?> container();

}
