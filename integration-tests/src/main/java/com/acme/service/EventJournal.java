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

import com.acme.events.OrderEvent;
import com.acme.events.OrderEventRepository;
import io.github.multids.DataSourceContext;
import io.github.multids.UseDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the order journal on {@code events}: the whole class is assigned, so the
 * unqualified routing {@link JdbcClient} lands there.
 *
 * @author multids
 */
@Service
@UseDataSource("events")
public class EventJournal {

	private final JdbcClient jdbcClient;

	private final OrderEventRepository events;

	public EventJournal(JdbcClient jdbcClient, OrderEventRepository events) {
		this.jdbcClient = jdbcClient;
		this.events = events;
	}

	public void record(String marker) {
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
	}

	@Transactional
	public void recordEvent(String type, String marker, boolean fail) {
		this.events.save(new OrderEvent(type, marker));
		record(marker);
		if (fail) {
			throw new IllegalStateException("Rollback requested for " + marker);
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordEventApart(String type, String marker) {
		this.events.save(new OrderEvent(type, marker));
		record(marker);
	}

	public Optional<String> currentSource() {
		return DataSourceContext.current();
	}

}
