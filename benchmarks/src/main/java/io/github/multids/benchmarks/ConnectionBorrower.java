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
package io.github.multids.benchmarks;

import java.sql.SQLException;

/**
 * A bean method that borrows one connection from the application's {@code dataSource} and
 * returns it to the pool: the unit of work of the method benchmarks.
 *
 * @author multids
 */
public interface ConnectionBorrower {

	/**
	 * Borrow one connection and close it.
	 * @throws SQLException if the pool fails
	 */
	void borrow() throws SQLException;

	/**
	 * Return the url of the database that {@link #borrow()} borrows from, under the same
	 * source assignment, so that a benchmark can check that it measures what it says.
	 * @return the JDBC url
	 * @throws SQLException if the pool fails
	 */
	String databaseUrl() throws SQLException;

}
