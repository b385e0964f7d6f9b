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
 * Writes journal lines on {@code events} in autocommit, from call sites that only one
 * test each uses, so that a test sees the first warning of its call site.
 *
 * @author multids
 */
@UseDataSource("events")
public class EventsNotes {

	private final JdbcClient jdbcClient;

	public EventsNotes(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	public void note(String marker) {
		insert(marker);
	}

	public void noteElsewhere(String marker) {
		insert(marker);
	}

	public void tally(String marker) {
		insert(marker);
	}

	public void fromAnotherThread(String marker) {
		insert(marker);
	}

	private void insert(String marker) {
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
	}

}
