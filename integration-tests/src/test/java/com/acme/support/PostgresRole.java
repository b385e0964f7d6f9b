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

package com.acme.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.github.multids.test.Database;

/**
 * A login role on the PostgreSQL server of the run, allowed to connect to one database
 * and create tables in its public schema; closing it drops what it owns and the role.
 *
 * @author multids
 */
public final class PostgresRole implements AutoCloseable {

	private final Database database;

	private final String name;

	private PostgresRole(Database database, String name) {
		this.database = database;
		this.name = name;
	}

	/**
	 * Create a role with a unique name.
	 * @param database the database the role may use
	 * @param prefix the start of the role's name
	 * @param password the role's password
	 * @return the role
	 */
	public static PostgresRole create(Database database, String prefix, String password) {
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String databaseName = database.url().replaceFirst("^.*/([^/?]+).*$", "$1");
		execute(database, "create role " + name + " login password '" + password + "'");
		execute(database, "grant connect, create, temporary on database " + databaseName + " to " + name);
		execute(database, "grant usage, create on schema public to " + name);
		return new PostgresRole(database, name);
	}

	/**
	 * Return the role name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	@Override
	public void close() {
		execute(this.database, "drop owned by " + this.name);
		execute(this.database, "drop role " + this.name);
	}

	private static void execute(Database database, String sql) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not run '" + sql.replaceAll("password '.*'", "password ***") + "' on " + database.url(), ex);
		}
	}

}
