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
package io.github.multids.autoconfigure.reporting;

import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.reporting.SourceDescription.Migrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import org.springframework.beans.factory.BeanFactory;

/**
 * Reads a source's Flyway state; kept apart so that Flyway stays optional.
 *
 * @author multids
 */
final class FlywayDescriptions {

	private FlywayDescriptions() {
	}

	static Migrations migrations(BeanFactory beanFactory, String beanName) {
		try {
			MigrationInfoService info = beanFactory.getBean(beanName, Flyway.class).info();
			MigrationInfo current = info.current();
			return new Migrations(
					(current != null && current.getVersion() != null) ? current.getVersion().toString() : null,
					info.applied().length, info.pending().length, null, "flyway");
		}
		catch (RuntimeException ex) {
			return new Migrations(null, 0, 0, JdbcUrls.mask(ex.getMessage()), "flyway");
		}
	}

}
