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
import java.util.regex.Pattern;

/**
 * Fails a benchmark's setup when a bean does not reach the database its benchmark claims
 * to measure.
 *
 * @author multids
 */
public final class RoutingCheck {

	private RoutingCheck() {
	}

	/**
	 * Check that the borrower reaches the named in-memory H2 database.
	 * @param borrower the bean
	 * @param database the H2 database name
	 * @throws SQLException if the pool fails
	 */
	public static void expect(ConnectionBorrower borrower, String database) throws SQLException {
		expect(borrower.getClass().getName(), borrower.databaseUrl(), database);
	}

	/**
	 * Check that a method reached the named in-memory H2 database.
	 * @param method what reached the url, for the message
	 * @param url the JDBC url it reached
	 * @param database the H2 database name
	 */
	public static void expect(String method, String url, String database) {
		if (!Pattern.compile("mem:" + database + "(;|$)").matcher(url).find()) {
			throw new IllegalStateException(method + " reaches " + url + " instead of the database '" + database
					+ "'; the benchmark would not measure what it says");
		}
	}

}
