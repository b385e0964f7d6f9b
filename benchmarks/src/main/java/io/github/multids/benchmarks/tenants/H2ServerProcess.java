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
package io.github.multids.benchmarks.tenants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.h2.tools.Server;

/**
 * An H2 TCP server in a process of its own, its databases files in a directory, so that
 * the databases of the tenants are not in the heap of the application measured, as with a
 * database server.
 *
 * @author multids
 */
final class H2ServerProcess implements AutoCloseable {

	private final Process process;

	private final Path directory;

	private final int port;

	private H2ServerProcess(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	/**
	 * Start a server on a free loopback port, waiting until it listens.
	 * @param directory where its database files go
	 * @return the started server
	 * @throws IOException if it cannot be started
	 */
	static H2ServerProcess start(Path directory) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(
				List.of(java, "-Xmx8g", "-cp", System.getProperty("java.class.path"), Server.class.getName(), "-tcp",
						"-tcpPort", Integer.toString(port), "-ifNotExists", "-baseDir", directory.toString()))
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.contains("TCP server running")) {
				return new H2ServerProcess(process, directory, port);
			}
		}
		process.destroy();
		throw new IOException("The H2 server did not start (exit " + process.exitValue() + ")");
	}

	/**
	 * Return the url of a database file of this server.
	 * @param database the database name
	 * @return the JDBC url
	 */
	String url(String database) {
		return "jdbc:h2:tcp://127.0.0.1:" + this.port + "/" + this.directory.resolve(database).toAbsolutePath();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}
