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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Tests for running the embedded PostgreSQL server as root where no user namespace can be
 * made: PostgreSQL then runs as {@code nobody} through runuser.
 *
 * @author multids
 */
class EmbeddedPostgresAsRootTests {

	@Test
	void runsAsNobodyThroughRunuserWhenRootHasNoUserNamespace(@TempDir Path bin) throws Exception {
		assumeThat(PostgresUser.fromEnvironment().root()).as("only root needs another user").isTrue();
		// An unshare that always fails, as in a container that forbids user namespaces.
		Path unshare = Files.writeString(bin.resolve("unshare"), "#!/bin/sh\nexit 1\n");
		Files.setPosixFilePermissions(unshare, PosixFilePermissions.fromString("rwxr-xr-x"));
		String output = runProbe(bin.toString() + ":" + System.getenv("PATH"));
		assertThat(output).contains("user: running as 'nobody' through runuser")
			.contains("row: order-placed")
			.contains("data directory owner: nobody");
	}

	private String runProbe(String path) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), EmbeddedPostgresAsRootProbe.class.getName());
		builder.environment().put("PATH", path);
		builder.redirectErrorStream(true);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
