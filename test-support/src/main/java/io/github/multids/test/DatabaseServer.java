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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A database server the tests log in to as an administrator, to create and drop their own
 * databases.
 *
 * @param vendor the kind of server
 * @param url the JDBC url of a database on it that always exists
 * @param user the administrator user
 * @param password the administrator password
 * @author multids
 */
public record DatabaseServer(Vendor vendor, String url, String user, String password) {

	static DatabaseServer fromEnvironment(Vendor vendor) {
		return new DatabaseServer(vendor, env(vendor.environmentVariable("URL"), vendor.defaultUrl()),
				env(vendor.environmentVariable("USER"), vendor.defaultUser()),
				env(vendor.environmentVariable("PASSWORD"), ""));
	}

	private static String env(String name, String defaultValue) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : defaultValue;
	}

	/**
	 * Return the JDBC url of the named database on this server, keeping the url's
	 * parameters.
	 * @param database the database name
	 * @return the url
	 */
	/**
	 * Return the url of another database on this server, with the server url's
	 * parameters.
	 * @param database the database name
	 * @return the JDBC url
	 */
	public String urlOf(String database) {
		int query = this.url.indexOf('?');
		String base = (query >= 0) ? this.url.substring(0, query) : this.url;
		String parameters = (query >= 0) ? this.url.substring(query) : "";
		int slash = base.indexOf('/', base.indexOf("//") + 2);
		String server = (slash >= 0) ? base.substring(0, slash) : base;
		return server + "/" + database + parameters;
	}

	/**
	 * Open a new plain JDBC connection to a database of this server, as this server's
	 * user, with the vendor's connect and socket timeouts.
	 * @param jdbcUrl the database's url
	 * @return the connection
	 * @throws SQLException if the database cannot be reached
	 */
	public Connection connect(String jdbcUrl) throws SQLException {
		Properties properties = this.vendor.timeouts();
		properties.setProperty("user", this.user);
		properties.setProperty("password", this.password);
		return DriverManager.getConnection(jdbcUrl, properties);
	}

	void execute(String sql) throws SQLException {
		try (Connection connection = connect(this.url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Check that the server accepts the administrator.
	 * @return the failure, or {@code null} when the server is reachable
	 */
	SQLException ping() {
		try (Connection connection = connect(this.url)) {
			return null;
		}
		catch (SQLException ex) {
			return ex;
		}
	}

	@Override
	public String toString() {
		return this.vendor.displayName() + " at " + this.url + " as user '" + this.user + "'";
	}

}
