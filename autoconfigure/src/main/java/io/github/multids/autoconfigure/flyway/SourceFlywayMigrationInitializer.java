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

package io.github.multids.autoconfigure.flyway;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.multids.autoconfigure.binding.JdbcUrls;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates a source at startup. For an optional source whose database was down at
 * startup, migrations run in the background as soon as the database is back.
 *
 * @author multids
 */
class SourceFlywayMigrationInitializer extends FlywayMigrationInitializer implements DisposableBean {

	private static final Log logger = LogFactory.getLog(SourceFlywayMigrationInitializer.class);

	private static final long RETRY_SECONDS = 5;

	private final String name;

	private final Flyway flyway;

	private final boolean reachable;

	private ScheduledExecutorService retries;

	SourceFlywayMigrationInitializer(String name, Flyway flyway, FlywayMigrationStrategy strategy, boolean reachable) {
		super(flyway, strategy);
		this.name = name;
		this.flyway = flyway;
		this.reachable = reachable;
	}

	@Override
	public void afterPropertiesSet() throws Exception {
		if (this.reachable) {
			super.afterPropertiesSet();
			return;
		}
		logger.warn("Migrations of optional source '" + this.name + "' will run when its database is back");
		this.retries = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "multids-migrate-" + this.name);
			thread.setDaemon(true);
			return thread;
		});
		this.retries.scheduleWithFixedDelay(this::migrateWhenBack, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
	}

	private void migrateWhenBack() {
		try {
			this.flyway.migrate();
			logger.info("Migrated optional source '" + this.name + "' now that its database is back");
			this.retries.shutdown();
		}
		catch (RuntimeException ex) {
			logger.debug("Source '" + this.name + "' still unreachable: " + JdbcUrls.mask(ex.getMessage()));
		}
	}

	@Override
	public void destroy() {
		if (this.retries != null) {
			this.retries.shutdownNow();
		}
	}

}
