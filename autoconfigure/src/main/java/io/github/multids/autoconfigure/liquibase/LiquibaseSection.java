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
package io.github.multids.autoconfigure.liquibase;

import io.github.multids.autoconfigure.binding.SourceBinder;
import io.github.multids.autoconfigure.binding.SourceKeys;
import io.github.multids.autoconfigure.binding.SourceSection;

import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;

/**
 * The `liquibase.*` keys of a source, over `spring.liquibase.*` as the defaults of every
 * source; the change log is `classpath:db/changelog/<name>/db.changelog-master.yaml`
 * unless configured otherwise.
 *
 * @author multids
 */
public final class LiquibaseSection extends SourceSection<LiquibaseProperties> {

	/**
	 * The section, once.
	 */
	public static final LiquibaseSection INSTANCE = new LiquibaseSection();

	private LiquibaseSection() {
		super("liquibase", "spring.liquibase");
	}

	/**
	 * Return the change log a source has unless configured otherwise.
	 * @param source the source name
	 * @return the location
	 */
	public static String defaultChangeLog(String source) {
		return "classpath:db/changelog/" + source + "/db.changelog-master.yaml";
	}

	@Override
	public SourceKeys keys() {
		return common().build();
	}

	@Override
	public SourceKeys defaultKeys() {
		return common()
			.refuse("url",
					"each source applies its change log to its own database, so a url cannot be shared by all"
							+ " sources.",
					"Set 'datasources.<name>.liquibase.url' on the source it belongs to instead.")
			.build();
	}

	private static SourceKeys.Builder common() {
		return SourceKeys.builder()
			.values("enabled", "change-log", "contexts", "label-filter", "default-schema", "liquibase-schema",
					"liquibase-tablespace", "database-change-log-table", "database-change-log-lock-table", "drop-first",
					"clear-checksums", "user", "password", "driver-class-name", "url", "rollback-file",
					"test-rollback-on-update", "tag", "show-summary", "show-summary-output", "ui-service",
					"analytics-enabled", "license-key")
			.anythingBelow("parameters");
	}

	@Override
	public LiquibaseProperties bind(SourceBinder binder, String source) {
		LiquibaseProperties properties = new LiquibaseProperties();
		properties.setChangeLog(defaultChangeLog(source));
		binder.bindOnto(defaultsPrefix(), properties);
		binder.bindOnto(sourcePrefix(source), properties);
		return properties;
	}

}
