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
package io.github.multids.autoconfigure.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Creates the `JdbcTemplate`s behind the per-source and routing clients, with a
 * translator that names the source on every failure.
 *
 * @author multids
 */
public final class SourceJdbcTemplates {

	private SourceJdbcTemplates() {
	}

	/**
	 * Create the template of one source.
	 * @param source the source name
	 * @param dataSource its pool
	 * @return the template
	 */
	public static JdbcTemplate forSource(String source, DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setExceptionTranslator(new SourceNamingExceptionTranslator(
				Map.of(source, new SQLErrorCodeSQLExceptionTranslator(dataSource)), source, source));
		return template;
	}

	/**
	 * Create the template over the routing data source.
	 * @param dataSource the routing data source
	 * @param targets the pool of each source
	 * @param defaultSource the default source
	 * @return the template
	 */
	public static JdbcTemplate routing(DataSource dataSource, Map<String, DataSource> targets, String defaultSource) {
		Map<String, SQLExceptionTranslator> translators = new LinkedHashMap<>();
		targets.forEach((name, target) -> translators.put(name, new SQLErrorCodeSQLExceptionTranslator(target)));
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setExceptionTranslator(new SourceNamingExceptionTranslator(translators, null, defaultSource));
		return template;
	}

}
