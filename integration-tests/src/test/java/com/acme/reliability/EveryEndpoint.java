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

package com.acme.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every actuator endpoint of a running application and checks that no response
 * shows the password.
 *
 * @author multids
 */
final class EveryEndpoint {

	/**
	 * Endpoints that are left out: a heap dump holds every string of the JVM by design.
	 */
	private static final List<String> SKIPPED_ENDPOINTS = List.of("heapdump", "shutdown", "logfile");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	EveryEndpoint(int port) {
		this.port = port;
	}

	/**
	 * Read every endpoint that {@code /actuator} links to, and the given paths below
	 * {@code /actuator}, asserting that none shows the password.
	 * @param paths further paths, such as {@code health/datasources/events}
	 * @return the status of each endpoint and path read
	 * @throws IOException if a request fails
	 * @throws InterruptedException if interrupted while waiting for a response
	 */
	Map<String, Integer> read(List<String> paths) throws IOException, InterruptedException {
		Map<String, Integer> statuses = new LinkedHashMap<>();
		String links = get("/actuator").body();
		Secrets.assertAbsent("/actuator", links);
		for (String endpoint : links.split("\"href\":\"")) {
			int end = endpoint.indexOf('"');
			String href = endpoint.substring(0, Math.max(end, 0));
			String name = href.substring(href.lastIndexOf('/') + 1);
			if (!href.startsWith("http") || href.contains("{") || SKIPPED_ENDPOINTS.contains(name)) {
				continue;
			}
			HttpResponse<String> response = get(URI.create(href).getPath());
			Secrets.assertAbsent(href, response.body());
			statuses.put(name, response.statusCode());
		}
		for (String path : paths) {
			HttpResponse<String> response = get("/actuator/" + path);
			Secrets.assertAbsent(path, response.body());
			statuses.put(path, response.statusCode());
		}
		return statuses;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

}
