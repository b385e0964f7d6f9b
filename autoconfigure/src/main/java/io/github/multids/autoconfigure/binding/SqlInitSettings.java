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
package io.github.multids.autoconfigure.binding;

import java.util.List;

import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;

/**
 * Binds the `sql.init.*` keys of a source, the keys of `spring.sql.init.*`, with the
 * source's own default script locations.
 *
 * @author multids
 */
final class SqlInitSettings {

	private SqlInitSettings() {
	}

	static SourceKeys keys() {
		SourceKeys init = SourceKeys.builder()
			.values("mode", "schema-locations", "data-locations", "platform", "username", "password",
					"continue-on-error", "separator", "encoding")
			.build();
		return SourceKeys.builder().group("init", init).build();
	}

	static SqlInitializationProperties bind(SourceBinder binder, String name, String vendor) {
		SqlInitializationProperties properties = new SqlInitializationProperties();
		binder.bindOnto(SourceEnvironment.prefixOf(name) + ".sql.init", properties);
		if (properties.getSchemaLocations() == null) {
			properties.setSchemaLocations(defaultLocations(name, "schema", properties.getPlatform()));
		}
		if (properties.getDataLocations() == null) {
			properties.setDataLocations(defaultLocations(name, "data", properties.getPlatform()));
		}
		properties.setSchemaLocations(JdbcUrls.withVendor(properties.getSchemaLocations(), vendor));
		properties.setDataLocations(JdbcUrls.withVendor(properties.getDataLocations(), vendor));
		return properties;
	}

	private static List<String> defaultLocations(String name, String kind, String platform) {
		String folder = "optional:classpath:db/sql/" + name + "/";
		return List.of(folder + kind + "-" + platform + ".sql", folder + kind + ".sql");
	}

}
