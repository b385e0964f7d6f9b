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
import com.example.sourcekeys.shelf.ShelfApplication;
import io.github.multids.test.Database;
import io.github.multids.test.FreshDatabases;
import io.github.multids.test.Vendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL scripts run where they belong: a source's `sql.init` scripts on that source only,
 * `spring.sql.init` scripts once, on the default source, each after the source's
 * migrations and before its EntityManagerFactory, as Spring Boot orders them.
 *
 * @author multids
 */
@ExtendWith(TestDatabasesExtension.class)
class SourceScriptsTests {

	@Test
	void eachSourceRunsItsOwnScriptsAndSpringSqlInitRunsOnceOnTheDefaultSource() {
		Database first = FreshDatabases.create(Vendor.POSTGRESQL, "keys_own_a");
		Database second = FreshDatabases.create(Vendor.MYSQL, "keys_own_b");
		Map<String, Object> properties = SourceKeys.defaultAndOther(first, "keysowna", second, "keysownb");
		properties.put("datasources.keysowna.sql.init.mode", "always");
		properties.put("datasources.keysownb.sql.init.mode", "always");
		properties.put("spring.sql.init.mode", "always");
		properties.put("spring.sql.init.schema-locations", "classpath:sourcekeys/app-schema.sql");
		properties.put("spring.sql.init.data-locations", "classpath:sourcekeys/app-data.sql");
		try (ConfigurableApplicationContext context = Startup.run(PlainApplication.class, properties)) {
			assertThat(DirectJdbc.column(first, "select text from own_a_note")).containsExactly("keysowna");
			assertThat(DirectJdbc.column(first, "select text from app_note")).containsExactly("spring.sql.init");
			assertThat(DirectJdbc.tables(first)).doesNotContain("own_b_note");
			assertThat(DirectJdbc.column(second, "select text from own_b_note")).containsExactly("keysownb");
			assertThat(DirectJdbc.tables(second)).doesNotContain("own_a_note", "app_note");
		}
	}

	@Test
	void scriptsRunAfterTheMigrationsAndBeforeTheEntityManagerFactory() {
		Database database = FreshDatabases.create(Vendor.POSTGRESQL, "keys_order");
		Map<String, Object> properties = new LinkedHashMap<>(database.properties("keysorder"));
		properties.put("datasources.keysorder.sql.init.mode", "always");
		properties.put("datasources.keysorder.jpa.hibernate.ddl-auto", "validate");
		try (ConfigurableApplicationContext context = Startup.run(ShelfApplication.class, properties)) {
			assertThat(DirectJdbc.column(database, "select text from label")).containsExactly("after the migrations");
			SourceKeys.assertShelfLabels(context, "before the EntityManagerFactory");
		}
	}

}
