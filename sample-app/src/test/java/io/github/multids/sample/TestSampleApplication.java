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

package io.github.multids.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;

/**
 * Runs the shop on the {@code servers} profile against PostgreSQL and MySQL containers
 * ({@code ./mvnw -pl sample-app spring-boot:test-run}); without Docker it says so and
 * exits.
 * <p>
 * The containers are passed as plain {@code datasources.<name>.*} properties, because a
 * {@code @ServiceConnection} can feed only one DataSource, not several named sources.
 *
 * @author multids
 */
public final class TestSampleApplication {

	private TestSampleApplication() {
	}

	public static void main(String[] args) {
		if (!isDockerAvailable()) {
			System.err.println("Docker is not available, so TestSampleApplication cannot start PostgreSQL and MySQL."
					+ " Run the sample on embedded H2 instead (the README's first command), or on your own servers"
					+ " with the 'servers' profile (see the README's sample section).");
			return;
		}
		List<String> arguments = new ArrayList<>(Arrays.asList(args));
		arguments.addAll(source("primary", start(new PostgreSQLContainer("postgres:17-alpine"))));
		arguments.addAll(source("analytics", start(new MySQLContainer("mysql:8.4"))));
		SpringApplication.from(SampleApplication::main)
			.withAdditionalProfiles("servers")
			.run(arguments.toArray(String[]::new));
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	private static JdbcDatabaseContainer<?> start(JdbcDatabaseContainer<?> container) {
		container.start();
		return container;
	}

	private static List<String> source(String name, JdbcDatabaseContainer<?> container) {
		String prefix = "--datasources." + name + ".";
		return List.of(prefix + "url=" + container.getJdbcUrl(), prefix + "username=" + container.getUsername(),
				prefix + "password=" + container.getPassword());
	}

}
