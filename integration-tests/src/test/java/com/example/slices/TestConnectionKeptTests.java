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

import com.example.slices.ledger.Entry;
import com.example.slices.ledger.EntryRepository;
import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.Vendor;
import io.github.multids.testing.EmbeddedPostgresSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest}'s default replacement keeps a source whose url a test gave it, as
 * Spring Boot keeps a {@code @ServiceConnection} one, and replaces the others.
 *
 * @author multids
 */
class TestConnectionKeptTests {

	/**
	 * The {@code ledger} source on an embedded PostgreSQL of multids' test module.
	 */
	@Nested
	@DataJpaTest(properties = "spring.config.name=slices")
	@EmbeddedPostgresSource("ledger")
	class OnEmbeddedPostgres extends KeptLedger {

	}

	/**
	 * The {@code ledger} source on a PostgreSQL database that
	 * {@code @DynamicPropertySource} names.
	 */
	@Nested
	@DataJpaTest(properties = "spring.config.name=slices")
	class OnDynamicProperties extends KeptLedger {

		private static final Database LEDGER = FreshDatabases.create(Vendor.POSTGRESQL, "kept_ledger");

		@DynamicPropertySource
		static void ledger(DynamicPropertyRegistry registry) {
			LEDGER.properties("ledger").forEach((key, value) -> registry.add(key, () -> value));
		}

		@Test
		void ledgerUsesTheNamedDatabase() {
			assertThat(SourceDatabase.of(this.ledger).url()).isEqualTo(LEDGER.url());
		}

	}

	abstract static class KeptLedger {

		@Autowired
		@Qualifier("ledger")
		DataSource ledger;

		@Autowired
		@Qualifier("warehouse")
		private DataSource warehouse;

		@Autowired
		private EntryRepository entries;

		@Test
		@Transactional(propagation = Propagation.NOT_SUPPORTED)
		void ledgerKeepsItsTestDatabaseAndWarehouseIsReplaced() {
			assertThat(SourceDatabase.of(this.ledger).url()).startsWith("jdbc:postgresql:");
			assertThat(SourceDatabase.of(this.warehouse).url()).startsWith("jdbc:h2:mem:warehouse-");
			String marker = "kept-" + UUID.randomUUID();
			this.entries.save(new Entry(marker));
			assertThat(SourceDatabase.of(this.ledger).count("entry", "memo", marker)).isOne();
			assertThat(SourceDatabase.of(this.warehouse).count("entry", "memo", marker)).isEqualTo(-1);
		}

	}

}
