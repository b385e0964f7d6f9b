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
package io.github.multids.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Plain JDBC access, bypassing Spring and its pools, to the database that the
 * {@value SourceConnections#PROPERTY_SOURCE_NAME} property source names for a source.
 *
 * @author multids
 */
final class SourceDatabases {

	private final PropertySource<?> connections;

	SourceDatabases(ConfigurableEnvironment environment) {
		this.connections = environment.getPropertySources().get(SourceConnections.PROPERTY_SOURCE_NAME);
	}

	String url(String source) {
		return (String) this.connections.getProperty("datasources." + source + ".url");
	}

	Connection connect(String source) throws SQLException {
		String prefix = "datasources." + source + ".";
		return DriverManager.getConnection(url(source), (String) this.connections.getProperty(prefix + "username"),
				(String) this.connections.getProperty(prefix + "password"));
	}

	List<String> query(String source, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = connect(source);
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	boolean hasTable(String source, String table) throws SQLException {
		return !query(source, "select table_name from information_schema.tables where table_name = '" + table + "'")
			.isEmpty();
	}

}
