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

package com.acme.crossing;

import io.github.multids.UseDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads journal lines on {@code events} in a read-only transaction.
 *
 * @author multids
 */
public class EventsReader {

	private final JdbcClient jdbcClient;

	public EventsReader(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	@UseDataSource("events")
	@Transactional(readOnly = true)
	public long count(String marker) {
		return this.jdbcClient.sql("select count(*) from journal where marker = ?")
			.param(marker)
			.query(Long.class)
			.single();
	}

}
