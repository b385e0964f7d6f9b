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

package io.github.multids.sample.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.github.multids.UseDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps the audit trail on {@code audit}, a source without entities: the class is
 * assigned by annotation, so the unqualified routing {@link JdbcClient} lands there.
 *
 * @author multids
 */
@Service
@UseDataSource("audit")
public class AuditTrail {

	private final JdbcClient jdbcClient;

	public AuditTrail(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Append a line, committed at once.
	 * @param action what was done
	 * @param detail what it was done to
	 */
	public void record(String action, String detail) {
		this.jdbcClient.sql("insert into audit_entry (recorded_at, action, detail) values (?, ?, ?)")
			.params(Timestamp.from(Instant.now()), action, detail)
			.update();
	}

	/**
	 * Return the latest lines, newest first.
	 * @param limit how many at most
	 * @return the lines
	 */
	public List<AuditEntry> latest(int limit) {
		return this.jdbcClient.sql("select id, recorded_at, action, detail from audit_entry order by id desc limit ?")
			.param(limit)
			.query((row, number) -> new AuditEntry(row.getLong("id"), row.getTimestamp("recorded_at").toInstant(),
					row.getString("action"), row.getString("detail")))
			.list();
	}

}
