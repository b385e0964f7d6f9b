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
package com.acme.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.acme.ShopApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shop running as a web application on a random port, with every actuator endpoint
 * exposed and its log written to a file, as an operator would run it.
 */
final class RunningShop implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final Path log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private RunningShop(ConfigurableApplicationContext context, Path log) {
		this.context = context;
		this.log = log;
	}

	static RunningShop start(Map<String, Object> properties) throws IOException {
		Path log = Files.createTempFile("multids-shop", ".log");
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("server.port", "0");
		all.put("management.endpoints.web.exposure.include", "*");
		all.put("management.endpoint.health.show-details", "always");
		all.put("management.endpoint.health.show-components", "always");
		all.put("management.endpoint.health.probes.enabled", "true");
		all.put("logging.file.name", log.toString());
		all.putAll(properties);
		// Command-line arguments: above application.yml, and read before logging starts
		String[] arguments = all.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
			.web(WebApplicationType.SERVLET)
			.run(arguments);
		return new RunningShop(context, log);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	Response get(String path) throws IOException, InterruptedException {
		String port = this.context.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body());
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	@Override
	public void close() throws IOException {
		this.context.close();
		Files.deleteIfExists(this.log);
	}

	/**
	 * An HTTP status and body.
	 *
	 * @param status the status code
	 * @param body the body
	 */
	record Response(int status, String body) {

	}

}
