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

package io.github.multids.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DatabaseServer}.
 *
 * @author multids
 */
class DatabaseServerTests {

	@Test
	void urlOfReplacesTheDatabaseAndKeepsTheParameters() {
		DatabaseServer server = server("jdbc:postgresql://db.example:5432/postgres?sslmode=disable");
		assertThat(server.urlOf("multids_abc"))
			.isEqualTo("jdbc:postgresql://db.example:5432/multids_abc?sslmode=disable");
	}

	@Test
	void urlOfAddsTheDatabaseToAServerUrl() {
		assertThat(server("jdbc:mysql://127.0.0.1:3306/").urlOf("multids_abc"))
			.isEqualTo("jdbc:mysql://127.0.0.1:3306/multids_abc");
		assertThat(server("jdbc:mysql://127.0.0.1:3306").urlOf("multids_abc"))
			.isEqualTo("jdbc:mysql://127.0.0.1:3306/multids_abc");
	}

	@Test
	void toStringNamesTheServerAndTheUserButNotThePassword() {
		assertThat(new DatabaseServer(Vendor.MYSQL, "jdbc:mysql://127.0.0.1:3306/", "root", "s3cret"))
			.hasToString("MySQL/MariaDB at jdbc:mysql://127.0.0.1:3306/ as user 'root'");
	}

	private static DatabaseServer server(String url) {
		return new DatabaseServer(Vendor.POSTGRESQL, url, "postgres", "");
	}

}
