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
package io.github.multids.autoconfigure.flyway;

import java.util.List;

import io.github.multids.autoconfigure.binding.SourceBinder;
import io.github.multids.autoconfigure.binding.SourceKeys;
import io.github.multids.autoconfigure.binding.SourceSection;

import org.springframework.boot.flyway.autoconfigure.FlywayProperties;

/**
 * The `flyway.*` keys of a source, over `spring.flyway.*` as the defaults of every
 * source; migrations live in `classpath:db/migration/<name>` unless configured otherwise.
 *
 * @author multids
 */
public final class FlywaySection extends SourceSection<FlywayProperties> {

	/**
	 * The section, once.
	 */
	public static final FlywaySection INSTANCE = new FlywaySection();

	private static final String OTHER_VENDORS = "multids applies the PostgreSQL extension settings of Flyway only.";

	private static final String OTHER_VENDORS_ACTION = "Remove the key and set it in a FlywayConfigurationCustomizer"
			+ " bean, which multids applies to every source.";

	private FlywaySection() {
		super("flyway", "spring.flyway");
	}

	@Override
	public SourceKeys keys() {
		return common().build();
	}

	@Override
	public SourceKeys defaultKeys() {
		return common()
			.refuse("url", "each source migrates its own database, so a url cannot be shared by all sources.",
					"Set 'datasources.<name>.flyway.url' on the source it belongs to instead.")
			.build();
	}

	private static SourceKeys.Builder common() {
		return SourceKeys.builder()
			.include(FlywaySettingsMapper.keys())
			.values("enabled", "locations", "callback-locations", "url", "user", "password", "driver-class-name")
			.group("postgresql", SourceKeys.builder().values("transactional-lock").build())
			.refuse("oracle", OTHER_VENDORS, OTHER_VENDORS_ACTION)
			.refuse("sqlserver", OTHER_VENDORS, OTHER_VENDORS_ACTION);
	}

	@Override
	public FlywayProperties bind(SourceBinder binder, String source) {
		FlywayProperties properties = new FlywayProperties();
		properties.setLocations(List.of("classpath:db/migration/" + source));
		binder.bindOnto(defaultsPrefix(), properties);
		binder.bindOnto(sourcePrefix(source), properties);
		return properties;
	}

}
