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

import java.sql.SQLException;
import java.util.Map;

import io.github.multids.SourceNote;
import io.github.multids.context.SourceStack;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Translates with the error codes of the source's own database, then notes the source on
 * the result, so that a failure through a `JdbcClient` or `JdbcTemplate` names its
 * database. The routing translator uses the current source.
 *
 * @author multids
 */
final class SourceNamingExceptionTranslator implements SQLExceptionTranslator {

	private final Map<String, SQLExceptionTranslator> translators;

	private final @Nullable String fixedSource;

	private final String defaultSource;

	/**
	 * Create a translator.
	 * @param translators the translator of each source's database
	 * @param fixedSource the source of a per-source client, or {@code null} for the
	 * routing one, which uses the current source
	 * @param defaultSource the default source
	 */
	SourceNamingExceptionTranslator(Map<String, SQLExceptionTranslator> translators, @Nullable String fixedSource,
			String defaultSource) {
		this.translators = Map.copyOf(translators);
		this.fixedSource = fixedSource;
		this.defaultSource = defaultSource;
	}

	@Override
	public DataAccessException translate(String task, String sql, SQLException ex) {
		String source = source();
		DataAccessException translated = this.translators.get(source).translate(task, sql, ex);
		if (translated != null) {
			SourceNote.attach(translated, source);
		}
		return translated;
	}

	private String source() {
		if (this.fixedSource != null) {
			return this.fixedSource;
		}
		String current = SourceStack.current().peek();
		return (current != null && this.translators.containsKey(current)) ? current : this.defaultSource;
	}

}
