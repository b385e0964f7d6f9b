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
package io.github.multids.benchmarks.replicas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.multids.benchmarks.Applications;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A multids application with three sources on H2 database files, each of which holds one
 * row naming it: {@code plain} without replicas, {@code replicated} with one replica
 * {@code r1} and read-your-writes on, {@code unmarked} with one replica and
 * read-your-writes off. The replicas are separate H2 files, not replicating anything:
 * what is measured is the routing, not the replication.
 *
 * @author multids
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ReplicaApplication {

	/**
	 * Start the application on fresh database files.
	 * @return the started context
	 * @throws SQLException when a database file cannot be prepared
	 */
	public static ConfigurableApplicationContext start() throws SQLException {
		Path directory;
		try {
			directory = Files.createTempDirectory("multids-replica-bench");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources.plain.default", "true");
		properties.put("datasources.plain.url", database(directory, "plain"));
		properties.put("datasources.replicated.url", database(directory, "replicated"));
		properties.put("datasources.replicated.replicas.r1.url", database(directory, "replicated_r1"));
		properties.put("datasources.unmarked.url", database(directory, "unmarked"));
		properties.put("datasources.unmarked.replicas.r1.url", database(directory, "unmarked_r1"));
		properties.put("datasources.unmarked.read.read-your-writes", "false");
		properties.put("spring.datasource.dynamic.enabled", "false");
		return Applications.start(ReplicaApplication.class, properties);
	}

	private static String database(Path directory, String name) throws SQLException {
		String url = "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath();
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("create table whoami (name varchar(20))");
			statement.execute("insert into whoami values ('" + name + "')");
		}
		return url;
	}

}
