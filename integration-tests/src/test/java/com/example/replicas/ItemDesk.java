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
package com.example.replicas;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes of items, each reporting which server served it: read-only work
 * through the repository and through {@code JdbcClient}, and the same read-write.
 *
 * @author multids
 */
@Service
public class ItemDesk {

	private final ItemRepository items;

	private final JdbcClient jdbc;

	private final String portQuery;

	ItemDesk(ItemRepository items, @Qualifier("ordersJdbcClient") JdbcClient jdbc,
			@Value("${replicas.port-query}") String portQuery) {
		this.items = items;
		this.jdbc = jdbc;
		this.portQuery = portQuery;
	}

	@Transactional
	public void save(long id, String name) {
		this.items.save(new Item(id, name));
	}

	@Transactional(readOnly = true)
	public ServedRead readOnly(long id) {
		return new ServedRead(port(), this.items.findById(id).map(Item::getName).orElse(null));
	}

	@Transactional(readOnly = true)
	public ServedRead readOnlyWithJdbc(long id) {
		return new ServedRead(port(), name(id));
	}

	@Transactional
	public ServedRead readWrite(long id) {
		return new ServedRead(port(), name(id));
	}

	private String name(long id) {
		return this.jdbc.sql("select name from item where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private int port() {
		return this.jdbc.sql(this.portQuery).query(Integer.class).single();
	}

}
