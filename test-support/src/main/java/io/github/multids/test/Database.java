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

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * One database of the test run, reachable over plain JDBC with its server's credentials.
 *
 * @param server the server it lives on
 * @param url its JDBC url
 * @author multids
 */
public record Database(DatabaseServer server, String url) {

	/**
	 * Open a new connection, bypassing Spring and its pools.
	 * @return the connection
	 * @throws SQLException if the database cannot be reached
	 */
	public Connection connect() throws SQLException {
		return this.server.connect(this.url);
	}

	/**
	 * Return the same database reached on 127.0.0.1 at the given port, where a proxy
	 * forwards to its server.
	 * @param port the port of the proxy
	 * @return the database with the proxy's address in its url
	 */
	public Database throughLocalPort(int port) {
		return new Database(this.server, this.url.replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/"));
	}

	/**
	 * Return the host of this database's server.
	 * @return the host
	 */
	public String host() {
		return URI.create(this.url.substring("jdbc:".length())).getHost();
	}

	/**
	 * Return the port of this database's server.
	 * @return the port
	 */
	public int port() {
		return URI.create(this.url.substring("jdbc:".length())).getPort();
	}

	/**
	 * Return the properties that point a source at this database.
	 * @param source the source name
	 * @return the url, username and password properties
	 */
	public Map<String, Object> properties(String source) {
		String prefix = "datasources." + source + ".";
		return Map.of(prefix + "url", this.url, prefix + "username", this.server.user(), prefix + "password",
				this.server.password());
	}

}
