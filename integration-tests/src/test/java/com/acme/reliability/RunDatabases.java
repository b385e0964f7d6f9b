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

import java.util.Map;

import com.acme.support.TestDatabases;
import com.acme.support.TestDatabasesExtension;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the shop's {@code orders} and {@code events} sources at the databases of this
 * run, and skips the test class (fails it under {@code CI=true}) when a server is
 * missing.
 *
 * @author multids
 */
public class RunDatabases extends TestDatabasesExtension
		implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("multidsRunDatabases", TestDatabases.isAotProcessing()
					? TestDatabases.aotProcessingProperties() : properties(TestDatabases.get())));
	}

	/**
	 * Return the properties that point the sources at the databases of the run.
	 * @param databases the databases of the run
	 * @return the properties, which subclasses may change
	 */
	protected Map<String, Object> properties(TestDatabases databases) {
		return databases.properties();
	}

}
