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
package com.acme.adoption;

import java.util.UUID;

import javax.sql.DataSource;

import com.acme.support.Rows;
import com.acme.support.ShopDatabases;
import com.acme.support.Table;
import io.github.multids.DataSourceContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JdbcTest} on the shop, on the configured servers: every source starts with its
 * pool and migrations, the routing and per-source {@code JdbcClient}s write to their
 * databases, and the test transaction rolls all of it back, as seen over plain JDBC.
 *
 * @author multids
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ShopDatabases
class ShopJdbcTests {

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	@Qualifier("events")
	private JdbcClient eventsJdbcClient;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	private final String marker = "jdbc-slice-" + UUID.randomUUID();

	@Test
	void everySourceWritesToItsDatabaseInsideTheTestTransaction() throws Exception {
		insert(this.jdbcClient);
		insert(this.eventsJdbcClient);
		DataSourceContext.run("scratch", () -> insert(this.jdbcClient));
		assertThat(count(this.jdbcClient)).isOne();
		assertThat(count(this.eventsJdbcClient)).isOne();
		assertThat(DataSourceContext.call("scratch", () -> count(this.jdbcClient))).isOne();
	}

	@AfterTransaction
	void nothingIsLeftInAnyDatabase() {
		Rows.of(this.scratchDataSource).assertNowhere(Table.JOURNAL, this.marker);
	}

	private void insert(JdbcClient client) {
		client.sql("insert into journal (marker) values (?)").param(this.marker).update();
	}

	private long count(JdbcClient client) {
		return client.sql("select count(*) from journal where marker = ?")
			.param(this.marker)
			.query(Long.class)
			.single();
	}

}
