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
package io.github.multids.testing;

import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A database container that never reaches Docker: {@link #start()} only records that it
 * was asked to start, so the mapping onto a source can be tested without Docker.
 *
 * @author multids
 */
class StoppedContainer extends JdbcDatabaseContainer<StoppedContainer> {

	private final String url;

	private int starts;

	StoppedContainer(String url) {
		super(DockerImageName.parse("postgres:17"));
		this.url = url;
	}

	@Override
	public void start() {
		this.starts++;
	}

	@Override
	public boolean isRunning() {
		return this.starts > 0;
	}

	int starts() {
		return this.starts;
	}

	@Override
	public String getDriverClassName() {
		return "org.postgresql.Driver";
	}

	@Override
	public String getJdbcUrl() {
		return this.url;
	}

	@Override
	public String getUsername() {
		return "app";
	}

	@Override
	public String getPassword() {
		return "secret";
	}

	@Override
	protected String getTestQueryString() {
		return "SELECT 1";
	}

}
