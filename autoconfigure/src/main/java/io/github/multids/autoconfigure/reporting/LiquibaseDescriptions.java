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
import io.github.multids.autoconfigure.liquibase.SourceLiquibase;
import io.github.multids.autoconfigure.reporting.SourceDescription.Migrations;

import org.springframework.beans.factory.BeanFactory;

/**
 * Reads a source's Liquibase state; kept apart so that Liquibase stays optional.
 *
 * @author multids
 */
final class LiquibaseDescriptions {

	private LiquibaseDescriptions() {
	}

	static Migrations migrations(BeanFactory beanFactory, String beanName) {
		try {
			SourceLiquibase liquibase = beanFactory.getBean(beanName, SourceLiquibase.class);
			if (liquibase.isLeftAlone()) {
				return new Migrations(null, 0, 0, "not read, migrations.at-start is none", "liquibase");
			}
			SourceLiquibase.State state = liquibase.state();
			return new Migrations(state.lastChangeSet(), state.applied(), state.pending(), null, "liquibase");
		}
		catch (Exception ex) {
			return new Migrations(null, 0, 0, JdbcUrls.mask(String.valueOf(ex.getMessage())), "liquibase");
		}
	}

}
