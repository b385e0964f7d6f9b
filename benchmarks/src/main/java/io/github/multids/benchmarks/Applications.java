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
package io.github.multids.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the benchmarked applications quietly, each from its own configuration class and
 * properties, so that one JVM never mixes two of them up.
 *
 * @author multids
 */
public final class Applications {

	private Applications() {
	}

	/**
	 * Start an application.
	 * @param configuration the configuration class
	 * @param properties the application's properties
	 * @return the started context
	 */
	public static ConfigurableApplicationContext start(Class<?> configuration, Map<String, Object> properties) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("spring.main.banner-mode", "off");
		all.put("logging.level.root", "warn");
		all.put("spring.jpa.open-in-view", "false");
		all.putAll(properties);
		return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(all)
			.run();
	}

}
