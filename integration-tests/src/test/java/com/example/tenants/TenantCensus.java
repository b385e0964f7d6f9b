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
package com.example.tenants;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.example.tenants.TenantDatabases.Row;

/**
 * The {@code customer} rows of {@code main} and of every tenant's database, read over
 * plain JDBC connections of the test's own, and where each row is compared with where it
 * was written for.
 *
 * @author multids
 */
final class TenantCensus {

	static final String MAIN = "main";

	private final Map<String, Map<String, Row>> rows;

	private TenantCensus(Map<String, Map<String, Row>> rows) {
		this.rows = rows;
	}

	/**
	 * Read the rows of {@code main} and of each tenant's database.
	 * @param databases the databases of the run
	 * @param tenants the tenants
	 * @return the census
	 */
	static TenantCensus take(TenantDatabases databases, Collection<String> tenants) {
		Map<String, Map<String, Row>> rows = new LinkedHashMap<>();
		rows.put(MAIN, databases.customers(MAIN));
		tenants.forEach((tenant) -> rows.put(tenant, databases.customers(tenant)));
		return new TenantCensus(rows);
	}

	/**
	 * Return the rows of one database.
	 * @param database the tenant, or {@code main}
	 * @return the rows, by id
	 */
	Map<String, Row> rows(String database) {
		return this.rows.get(database);
	}

	/**
	 * Return the databases that hold a row.
	 * @param id the row's id
	 * @return the tenants (or {@code main}) whose database has it
	 */
	List<String> locations(String id) {
		return this.rows.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().containsKey(id))
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * Return each expected row that is not in exactly the database it was written for:
	 * misrouted, duplicated or lost.
	 * @param expected the database (tenant or {@code main}) each id was written for
	 * @return why each misplaced row is, by id
	 */
	Map<String, String> misplaced(Map<String, String> expected) {
		Map<String, String> misplaced = new LinkedHashMap<>();
		expected.forEach((id, database) -> {
			List<String> found = locations(id);
			if (!found.equals(List.of(database))) {
				misplaced.put(id, "written for " + database + ", found in " + found);
			}
		});
		return misplaced;
	}

	/**
	 * Return the rows of a tenant's database tagged with another tenant, and the rows of
	 * {@code main} not written through {@code main}.
	 * @return the rows, described
	 */
	List<String> mistagged() {
		List<String> mistagged = new ArrayList<>();
		this.rows.forEach((database, rows) -> rows.forEach((id, row) -> {
			boolean right = MAIN.equals(database) ? MAIN.equals(row.via()) : database.equals(row.tenant());
			if (!right) {
				mistagged.add(id + " " + row + " in " + database);
			}
		}));
		return mistagged;
	}

}
