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
package io.github.multids.benchmarks.baomidou;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.baomidou.dynamic.datasource.annotation.DS;
import io.github.multids.benchmarks.ConnectionBorrower;

/**
 * A bean with one method assigned to the {@code other} source with baomidou's
 * {@code @DS}: its other methods, {@link #borrow()} among them, have no source.
 *
 * @author multids
 */
class PartlyDsBorrower implements ConnectionBorrower {

	private final DataSource dataSource;

	PartlyDsBorrower(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void borrow() throws SQLException {
		this.dataSource.getConnection().close();
	}

	@Override
	public String databaseUrl() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
	}

	/**
	 * Return the url of the database that the annotated method reaches.
	 * @return the JDBC url
	 * @throws SQLException if the pool fails
	 */
	@DS("other")
	public String assignedDatabaseUrl() throws SQLException {
		return databaseUrl();
	}

}
