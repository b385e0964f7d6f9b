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

/**
 * Writes an audit line on {@code events} that is meant to stay whatever the caller's
 * transaction does.
 *
 * @author multids
 */
public class AuditTrail {

	private final JdbcClient jdbcClient;

	public AuditTrail(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	@UseDataSource(value = "events", independent = true)
	public void write(String marker) {
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
	}

}
