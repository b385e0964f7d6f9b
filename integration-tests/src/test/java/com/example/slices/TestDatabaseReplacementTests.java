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
import com.example.slices.warehouse.Parcel;
import com.example.slices.warehouse.ParcelRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} with its default {@code @AutoConfigureTestDatabase}: each source
 * runs on an embedded database named after it, migrated by its own Flyway, and a row
 * lands in its source's embedded database only. The configured servers have no such
 * databases, so the test could not start on them.
 *
 * @author multids
 */
@DataJpaTest(properties = "spring.config.name=slices")
class TestDatabaseReplacementTests {

	@Autowired
	@Qualifier("warehouse")
	private DataSource warehouse;

	@Autowired
	@Qualifier("ledger")
	private DataSource ledger;

	@Autowired
	private ParcelRepository parcels;

	@Autowired
	private EntryRepository entries;

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void eachSourceRunsOnAnEmbeddedDatabaseNamedAfterIt() {
		assertThat(SourceDatabase.of(this.warehouse).url()).startsWith("jdbc:h2:mem:warehouse-");
		assertThat(SourceDatabase.of(this.ledger).url()).startsWith("jdbc:h2:mem:ledger-");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void rowsLandInTheEmbeddedDatabaseOfTheirSource() {
		String marker = "replaced-" + UUID.randomUUID();
		this.parcels.save(new Parcel(marker));
		this.entries.save(new Entry(marker));
		SourceDatabase warehouse = SourceDatabase.of(this.warehouse);
		SourceDatabase ledger = SourceDatabase.of(this.ledger);
		assertThat(warehouse.count("parcel", "label", marker)).isOne();
		assertThat(ledger.count("entry", "memo", marker)).isOne();
		assertThat(warehouse.count("entry", "memo", marker)).as("ledger's table in warehouse's database").isEqualTo(-1);
		assertThat(ledger.count("parcel", "label", marker)).as("warehouse's table in ledger's database").isEqualTo(-1);
	}

	@Test
	void testEntityManagerWorksOnTheDefaultSource() {
		String marker = "replaced-" + UUID.randomUUID();
		Parcel parcel = this.entityManager.persistFlushFind(new Parcel(marker));
		assertThat(parcel.getLabel()).isEqualTo(marker);
		assertThat(this.parcels.findAll()).extracting(Parcel::getLabel).contains(marker);
	}

}
