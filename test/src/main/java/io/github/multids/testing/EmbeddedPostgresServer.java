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

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL server of the JVM, started on first use and stopped at JVM
 * shutdown, and the databases it creates for sources.
 *
 * @author multids
 */
final class EmbeddedPostgresServer {

	private static final String USER = "postgres";

	private static EmbeddedPostgresServer instance;

	private final EmbeddedPostgres postgres;

	private final AtomicInteger databases = new AtomicInteger();

	EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer get() {
		if (instance == null) {
			instance = new EmbeddedPostgresServer(start(EmbeddedPostgres.builder(), PostgresUser.fromEnvironment()));
		}
		return instance;
	}

	static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, PostgresUser user) {
		if (user.runAs() != null) {
			builder.setPgBinaryResolver(new RunAsUserBinaryResolver(user.runAs()));
		}
		try {
			return builder.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("The embedded PostgreSQL server did not start (" + user.describe()
					+ "). As root it needs a user namespace (unshare -U) or runuser; set the system property "
					+ PostgresUser.RUN_AS_PROPERTY + " to an unprivileged user to choose who runs it.", ex);
		}
	}

	/**
	 * Create a new, empty database for a source.
	 * @param source the source name
	 * @return the properties that connect the source to it
	 */
	Map<String, Object> createDatabase(String source) {
		String database = databaseName(source);
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + database + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not create database '" + database + "' of source '" + source + "' on embedded PostgreSQL",
					ex);
		}
		return SourceConnections.properties(source, url(database), USER, "", "org.postgresql.Driver");
	}

	String url(String database) {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
	}

	EmbeddedPostgres postgres() {
		return this.postgres;
	}

	private String databaseName(String source) {
		String safe = source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		String name = "multids_" + safe.substring(0, Math.min(safe.length(), 40));
		return name + "_" + this.databases.incrementAndGet();
	}

}
