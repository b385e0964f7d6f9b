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

import io.github.multids.UseDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes a journal line on one source and hands over to the next hop, so that one call
 * crosses sources several levels deep: {@code events}, then {@code scratch}, then back on
 * {@code orders}.
 *
 * @author multids
 */
@Service
public class JournalRelay {

	private final JdbcClient jdbcClient;

	public JournalRelay(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	@UseDataSource("events")
	public void onEvents(String marker, Runnable next) {
		record(marker);
		next.run();
	}

	@UseDataSource("scratch")
	public void onScratch(String marker, Runnable next) {
		record(marker);
		next.run();
	}

	@UseDataSource("orders")
	public void onOrders(String marker) {
		record(marker);
	}

	private void record(String marker) {
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
	}

}
