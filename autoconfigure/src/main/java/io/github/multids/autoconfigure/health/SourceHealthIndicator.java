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
package io.github.multids.autoconfigure.health;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.jdbc.PoolFigures;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of one source: whether a connection validates, the database product and version,
 * how long validation took, and the pool's figures. An error is reported with credentials
 * masked.
 *
 * @author multids
 */
class SourceHealthIndicator implements HealthIndicator {

	private static final int VALIDATION_TIMEOUT_SECONDS = 5;

	private final DataSource dataSource;

	SourceHealthIndicator(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Health health() {
		Health.Builder builder = new Health.Builder();
		long start = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
			builder.status(valid ? "UP" : "DOWN")
				.withDetail("database", metaData.getDatabaseProductName())
				.withDetail("version", metaData.getDatabaseProductVersion());
		}
		catch (Exception ex) {
			builder.down().withDetail("error", ex.getClass().getName() + ": " + JdbcUrls.mask(ex.getMessage()));
		}
		builder.withDetail("validationTimeMs", (System.nanoTime() - start) / 1_000_000);
		if (this.dataSource instanceof HikariDataSource hikari) {
			builder.withDetail("pool", PoolFigures.of(hikari).asMap());
		}
		return builder.build();
	}

}
