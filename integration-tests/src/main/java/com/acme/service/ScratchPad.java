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

import com.acme.shared.Note;
import com.acme.shared.ScratchNoteRepository;
import io.github.multids.UseDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jots notes on {@code scratch}: the note through JPA and its journal line through the
 * routing {@link JdbcClient}, in one transaction.
 *
 * @author multids
 */
@Service
@UseDataSource("scratch")
public class ScratchPad {

	private final ScratchNoteRepository notes;

	private final JdbcClient jdbcClient;

	public ScratchPad(ScratchNoteRepository notes, JdbcClient jdbcClient) {
		this.notes = notes;
		this.jdbcClient = jdbcClient;
	}

	@Transactional
	public void jot(String marker, boolean fail) {
		this.notes.save(new Note(marker));
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
		if (fail) {
			throw new IllegalStateException("Rollback requested for " + marker);
		}
	}

}
