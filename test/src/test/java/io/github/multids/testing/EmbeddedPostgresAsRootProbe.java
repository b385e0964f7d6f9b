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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL server the way a test context does, in a JVM of its own
 * so that its environment decides how PostgreSQL runs, and prints what it found.
 *
 * @author multids
 */
public final class EmbeddedPostgresAsRootProbe {

	private EmbeddedPostgresAsRootProbe() {
	}

	public static void main(String[] args) throws Exception {
		PostgresUser user = PostgresUser.fromEnvironment();
		System.out.println("user: " + user.describe());
		try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(EmbeddedPostgres.builder(), user)) {
			Map<String, Object> properties = new EmbeddedPostgresServer(postgres).createDatabase("events");
			String url = (String) properties.get("datasources.events.url");
			try (Connection connection = DriverManager.getConnection(url, "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create table event (name text)");
				statement.execute("insert into event values ('order-placed')");
				ResultSet result = statement.executeQuery("select name, current_setting('data_directory') from event");
				result.next();
				System.out.println("row: " + result.getString(1));
				System.out.println("data directory owner: " + Files.getOwner(Path.of(result.getString(2))).getName());
			}
		}
	}

}
