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

package com.acme.configuration;

import java.util.LinkedHashMap;
import java.util.Map;

import com.acme.support.DirectJdbc;
import com.acme.support.Startup;
import com.acme.support.TestDatabasesExtension;
import com.example.plain.PlainApplication;
import com.example.sourcekeys.ShelvesAndCratesApplication;
import com.example.sourcekeys.shelf.ShelfApplication;
import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.Vendor;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The `spring.jpa.*`, `spring.flyway.*` and `spring.sql.init.*` settings an application
 * brings from its single-database days keep working: the first two are the defaults of
 * every source, and a key under `datasources.<name>` wins for that source.
 *
 * @author multids
 */
@ExtendWith(TestDatabasesExtension.class)
class SpringDefaultsTests {

	@Test
	void petclinicScriptsKeepTheirRowsWithSpringJpaDdlAutoNone() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources.petclinic.default", "true");
		properties.put("spring.jpa.hibernate.ddl-auto", "none");
		assertPetclinicScriptsKeepTheirRows(properties);
	}

	@Test
	void springSqlInitScriptsKeepTheirRowsUnderTheDefaultDdlAuto() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("datasources.vets.default", "true");
		assertPetclinicScriptsKeepTheirRows(properties);
	}

	@Test
	void springJpaKeysAreTheDefaultsOfEverySourceAndASourceKeyWins() {
		Database shelves = FreshDatabases.create(Vendor.POSTGRESQL, "keys_shelves");
		Database crates = FreshDatabases.create(Vendor.MYSQL, "keys_crates");
		Map<String, Object> properties = SourceKeys.defaultAndOther(shelves, "shelves", crates, "crates");
		properties.put("datasources.crates.packages", "com.example.sourcekeys.archive");
		properties.put("spring.jpa.hibernate.ddl-auto", "create");
		properties.put("spring.jpa.properties.hibernate.jdbc.batch_size", "25");
		properties.put("datasources.crates.jpa.properties.hibernate.jdbc.batch_size", "50");
		try (ConfigurableApplicationContext context = Startup.run(ShelvesAndCratesApplication.class, properties)) {
			assertThat(context.getBean("shelvesEntityManagerFactory", EntityManagerFactory.class).getProperties())
				.containsEntry("hibernate.jdbc.batch_size", "25")
				.containsEntry("hibernate.hbm2ddl.auto", "create");
			assertThat(context.getBean("cratesEntityManagerFactory", EntityManagerFactory.class).getProperties())
				.containsEntry("hibernate.jdbc.batch_size", "50")
				.containsEntry("hibernate.hbm2ddl.auto", "create");
			assertThat(DirectJdbc.tables(shelves)).contains("shelf").doesNotContain("crate");
			assertThat(DirectJdbc.tables(crates)).contains("crate").doesNotContain("shelf");
		}
	}

	@Test
	void springFlywayKeysAreTheDefaultsOfEverySourceAndASourceKeyWins() {
		Database first = FreshDatabases.create(Vendor.POSTGRESQL, "keys_history_first");
		Database second = FreshDatabases.create(Vendor.MYSQL, "keys_history_second");
		Map<String, Object> properties = SourceKeys.defaultAndOther(first, "first", second, "second");
		properties.put("spring.flyway.locations", "classpath:db/migration/keyshistory");
		properties.put("spring.flyway.table", "multids_history");
		properties.put("datasources.second.flyway.table", "second_history");
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			assertThat(DirectJdbc.tables(first)).contains("multids_history", "history_probe")
				.doesNotContain("flyway_schema_history", "second_history");
			assertThat(DirectJdbc.tables(second)).contains("second_history", "history_probe")
				.doesNotContain("flyway_schema_history", "multids_history");
		}
	}

	private static void assertPetclinicScriptsKeepTheirRows(Map<String, Object> properties) {
		properties.put("spring.sql.init.schema-locations", "classpath:sourcekeys/petclinic/schema.sql");
		properties.put("spring.sql.init.data-locations", "classpath:sourcekeys/petclinic/data.sql");
		try (ConfigurableApplicationContext context = Startup.run(ShelfApplication.class, properties)) {
			SourceKeys.assertShelfLabels(context, "owners", "pets", "visits");
		}
	}

}
