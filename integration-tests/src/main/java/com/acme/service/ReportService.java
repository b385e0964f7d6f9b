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

import java.util.Optional;

import io.github.multids.DataSourceContext;
import io.github.multids.UseDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reports written where the caller works, except for the one method assigned to
 * {@code scratch}.
 *
 * @author multids
 */
@Service
public class ReportService {

	private final JdbcClient jdbcClient;

	public ReportService(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	@UseDataSource("scratch")
	public void recordDraft(String marker) {
		record(marker);
	}

	public void recordHere(String marker) {
		record(marker);
	}

	public Optional<String> currentSource() {
		return DataSourceContext.current();
	}

	private void record(String marker) {
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
	}

}
