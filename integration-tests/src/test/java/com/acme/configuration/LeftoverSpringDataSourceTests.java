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

package com.acme.configuration;

import java.util.LinkedHashMap;
import java.util.Map;

import com.acme.support.Startup;
import com.acme.support.StartupFailure;
import com.acme.support.TestDatabases;
import com.acme.support.TestDatabasesExtension;
import com.example.plain.PlainApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A `spring.datasource.*` connection left over from the single-database days fails
 * startup instead of being ignored, naming the `datasources.<name>` key to use.
 *
 * @author multids
 */
@ExtendWith({ OutputCaptureExtension.class, TestDatabasesExtension.class })
class LeftoverSpringDataSourceTests {

	@Test
	void aLeftoverUrlFailsStartupInsteadOfRunningOnAnEmbeddedDatabase(CapturedOutput output) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources.shop.default", "true");
		properties.put("spring.datasource.url", TestDatabases.get().orders().url());
		StartupFailure failure = Startup.failure(output, PlainApplication.class, properties);
		failure.assertDescription("'spring.datasource.url' is set",
				"'spring.datasource.*' connection would be ignored");
		failure.assertAction("Move the setting to 'datasources.shop.url'", "remove 'spring.datasource.url'");
	}

	@Test
	void aLeftoverUsernameFailsStartupNamingTheSourceKeyToUse(CapturedOutput output) {
		Map<String, Object> properties = new LinkedHashMap<>(TestDatabases.get().orders().properties("shop"));
		properties.put("spring.datasource.username", "petclinic");
		StartupFailure failure = Startup.failure(output, PlainApplication.class, properties);
		failure.assertDescription("'spring.datasource.username' is set");
		failure.assertAction("Move the setting to 'datasources.shop.username'", "remove 'spring.datasource.username'");
	}

}
