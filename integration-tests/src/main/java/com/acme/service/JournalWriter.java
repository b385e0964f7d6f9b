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

package com.acme.service;

import io.github.multids.DataSourceContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes journal lines in one transaction on whatever source its caller made current, and
 * on request one more on another source, which that transaction does not cover.
 *
 * @author multids
 */
@Service
public class JournalWriter {

	private final JdbcClient jdbcClient;

	public JournalWriter(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	@Transactional
	public void recordTwice(String marker, boolean fail) {
		record(marker);
		record(marker);
		if (fail) {
			throw new IllegalStateException("Rollback requested for " + marker);
		}
	}

	@Transactional
	public void recordHereAndOn(String otherSource, String marker, String otherMarker, boolean fail) {
		record(marker);
		DataSourceContext.run(otherSource, () -> record(otherMarker));
		if (fail) {
			throw new IllegalStateException("Rollback requested for " + marker);
		}
	}

	private void record(String marker) {
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
	}

}
