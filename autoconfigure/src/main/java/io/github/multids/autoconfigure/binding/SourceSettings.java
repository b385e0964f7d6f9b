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

package io.github.multids.autoconfigure.binding;

import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The multids keys of one source (the rest of `datasources.<name>.*` is bound by each
 * concern onto Spring Boot's own property classes).
 *
 * @param isDefault whether this source is the default one, used when no source is current
 * and by repositories that no rule assigns. Required when there are several sources.
 * @param packages packages whose repositories, entities and beans belong to this source;
 * the longest matching package wins.
 * @param health health settings of this source.
 * @author multids
 */
public record SourceSettings(@Name("default") @DefaultValue("false") boolean isDefault,
		@DefaultValue List<String> packages, @DefaultValue Health health, @DefaultValue Migrations migrations) {

	/**
	 * Health settings of one source.
	 *
	 * @param enabled whether this source has a health component.
	 * @param critical whether the application needs this source: a critical source that
	 * cannot be reached fails startup.
	 */
	public record Health(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean critical) {

	}

	/**
	 * Migration settings of one source.
	 *
	 * @param atStart what startup does with the source's migrations: migrate, validate
	 * (fail when any is pending) or none.
	 */
	public record Migrations(@DefaultValue("migrate") String atStart) {

	}

}
