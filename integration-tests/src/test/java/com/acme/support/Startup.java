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

package com.acme.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.fail;

/**
 * Starts a test application the way a user does, with its configuration given as
 * command-line arguments and no {@code application.yml} of its own.
 *
 * @author multids
 */
public final class Startup {

	private Startup() {
	}

	/**
	 * Start an application without a web server.
	 * @param application the application class
	 * @param properties the configuration, in the order given
	 * @return the running context, to close
	 */
	public static ConfigurableApplicationContext run(Class<?> application, Map<String, ?> properties) {
		return run(application, WebApplicationType.NONE, properties);
	}

	/**
	 * Start an application.
	 * @param application the application class
	 * @param webApplicationType whether it serves on a web server
	 * @param properties the configuration, in the order given
	 * @return the running context, to close
	 */
	public static ConfigurableApplicationContext run(Class<?> application, WebApplicationType webApplicationType,
			Map<String, ?> properties) {
		return new SpringApplicationBuilder(application).web(webApplicationType).run(arguments(properties));
	}

	/**
	 * Start an application that is expected to fail at startup.
	 * @param output the output captured during the test
	 * @param application the application class
	 * @param properties the configuration, in the order given
	 * @return the failure
	 */
	public static StartupFailure failure(CapturedOutput output, Class<?> application, Map<String, ?> properties) {
		try (ConfigurableApplicationContext context = run(application, properties)) {
			return fail("Expected %s to fail at startup with %s", application.getSimpleName(), properties.keySet());
		}
		catch (RuntimeException ex) {
			return new StartupFailure(ex, output.getAll());
		}
	}

	private static String[] arguments(Map<String, ?> properties) {
		List<String> arguments = new ArrayList<>(
				List.of("--spring.config.name=multids-source-keys", "--spring.main.banner-mode=off"));
		properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return arguments.toArray(String[]::new);
	}

}
