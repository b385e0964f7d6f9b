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
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.multids.test.Database;

/**
 * Reads a database over a connection of its own, as the server's administrator, so that
 * what a test sees does not depend on the application's pools.
 *
 * @author multids
 */
public final class DirectJdbc {

	private DirectJdbc() {
	}

	/**
	 * Return the first column of every row of a query, as text.
	 * @param database the database
	 * @param sql the query
	 * @return the values, in the order of the rows
	 */
	public static List<String> column(Database database, String sql) {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (result.next()) {
				values.add(result.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + database.url(), ex);
		}
	}

	/**
	 * Return the tables of the database, in its current schema, in lower case.
	 * @param database the database
	 * @return the table names
	 */
	public static List<String> tables(Database database) {
		try (Connection connection = database.connect()) {
			DatabaseMetaData metaData = connection.getMetaData();
			List<String> tables = new ArrayList<>();
			try (ResultSet result = metaData.getTables(connection.getCatalog(), connection.getSchema(), null,
					new String[] { "TABLE" })) {
				while (result.next()) {
					tables.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			return tables;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not list the tables of " + database.url(), ex);
		}
	}

}
