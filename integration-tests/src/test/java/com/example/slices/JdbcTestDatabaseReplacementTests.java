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
package com.example.slices;

import java.util.UUID;

import javax.sql.DataSource;

import io.github.multids.DataSourceContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JdbcTest} with its default {@code @AutoConfigureTestDatabase}: each source runs
 * on an embedded database named after it, migrated by its own Flyway, and the routing
 * {@code JdbcClient} writes to the current source's.
 *
 * @author multids
 */
@JdbcTest(properties = "spring.config.name=slices")
class JdbcTestDatabaseReplacementTests {

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	@Qualifier("warehouse")
	private DataSource warehouse;

	@Autowired
	@Qualifier("ledger")
	private DataSource ledger;

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void routingJdbcClientWritesToTheCurrentSourcesEmbeddedDatabase() {
		String marker = "jdbc-replaced-" + UUID.randomUUID();
		DataSourceContext.run("ledger",
				() -> this.jdbcClient.sql("insert into entry (memo) values (?)").param(marker).update());
		this.jdbcClient.sql("insert into parcel (label) values (?)").param(marker).update();
		assertThat(SourceDatabase.of(this.ledger).url()).startsWith("jdbc:h2:mem:ledger-");
		assertThat(SourceDatabase.of(this.ledger).count("entry", "memo", marker)).isOne();
		assertThat(SourceDatabase.of(this.warehouse).url()).startsWith("jdbc:h2:mem:warehouse-");
		assertThat(SourceDatabase.of(this.warehouse).count("parcel", "label", marker)).isOne();
	}

}
