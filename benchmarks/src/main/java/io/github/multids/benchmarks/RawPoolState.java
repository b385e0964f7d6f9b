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

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A HikariCP pool on an embedded H2 database, built the way Spring Boot builds one for an
 * embedded database and used with no Spring at all: the baseline of every ratio.
 *
 * @author multids
 */
@State(Scope.Benchmark)
public class RawPoolState {

	/**
	 * The pool.
	 */
	public HikariDataSource dataSource;

	/**
	 * The pool behind Spring's plain {@link DelegatingDataSource}: the control for what
	 * any wrapping data source costs.
	 */
	public DataSource delegating;

	@Setup
	public void start() {
		this.dataSource = new HikariDataSource();
		this.dataSource.setPoolName("raw");
		this.dataSource.setDriverClassName("org.h2.Driver");
		this.dataSource.setJdbcUrl("jdbc:h2:mem:raw;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
		this.dataSource.setUsername("sa");
		this.dataSource.setPassword("");
		this.delegating = new DelegatingDataSource(this.dataSource);
	}

	@TearDown
	public void stop() {
		this.dataSource.close();
	}

}
