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

package io.github.multids.autoconfigure;

import java.io.InputStream;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the generated configuration metadata that IDEs use to complete
 * {@code datasources.<name>.*}.
 */
class ConfigurationMetadataTests {

	@Test
	void describesDataSourcesAsAMapOfSourceProperties() throws Exception {
		try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			String json = new String(metadata.readAllBytes(), StandardCharsets.UTF_8);
			List<String> types = JsonPath.read(json, "$.properties[?(@.name == 'datasources')].type");
			List<String> descriptions = JsonPath.read(json, "$.properties[?(@.name == 'datasources')].description");
			assertThat(types)
				.containsExactly("java.util.Map<java.lang.String,io.github.multids.autoconfigure.SourceProperties>");
			assertThat(descriptions).singleElement().asString().startsWith("Sources by name.");
		}
	}

	@Test
	void describesTheCrossSourcePolicyWithItsDefault() throws Exception {
		try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			String json = new String(metadata.readAllBytes(), StandardCharsets.UTF_8);
			String property = "$.properties[?(@.name == 'multids.transactions.cross-source')]";
			List<String> types = JsonPath.read(json, property + ".type");
			List<String> descriptions = JsonPath.read(json, property + ".description");
			List<Object> defaults = JsonPath.read(json, property + ".defaultValue");
			assertThat(types).containsExactly("io.github.multids.autoconfigure.binding.CrossSourcePolicy");
			assertThat(descriptions).singleElement().asString().startsWith("What to do when work inside a transaction");
			assertThat(defaults).singleElement().asString().isEqualToIgnoringCase("warn");
		}
	}

}
