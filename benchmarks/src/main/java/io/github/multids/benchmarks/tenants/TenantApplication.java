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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.multids.benchmarks.Applications;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A multids application with a plain embedded H2 source {@code main}, the default, and a
 * tenant source {@code shops}, whose migration ({@code db/migration/shops}) creates one
 * table in each tenant's database. No tenant is registered at startup.
 *
 * @author multids
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class TenantApplication {

	/**
	 * Name of the tenant source.
	 */
	public static final String SOURCE = "shops";

	/**
	 * Start the application.
	 * @param template the tenant source's url, with {@code {tenant}} in it
	 * @param maxOpen {@code tenants.max-open}
	 * @param idleTimeout {@code tenants.idle-timeout}
	 * @return the started context
	 */
	public static ConfigurableApplicationContext start(String template, int maxOpen, Duration idleTimeout) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources.main.default", "true");
		properties.put("datasources." + SOURCE + ".url", template);
		properties.put("datasources." + SOURCE + ".tenants.max-open", Integer.toString(maxOpen));
		properties.put("datasources." + SOURCE + ".tenants.idle-timeout", idleTimeout.toMillis() + "ms");
		properties.put("spring.datasource.dynamic.enabled", "false");
		// Flyway warns at every migration that it has not been verified with this H2
		// version: one log line per tenant registered, which is not what is measured
		properties.put("logging.level.org.flywaydb.core.internal.database.base.Database", "error");
		return Applications.start(TenantApplication.class, properties);
	}

	/**
	 * Return the name of the tenant with that index: {@code t0000}, {@code t0001}, ...
	 * @param index the index
	 * @return the tenant name
	 */
	public static String tenant(int index) {
		return String.format("t%04d", index);
	}

}
