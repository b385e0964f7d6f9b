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

package com.acme.configuration;

import java.util.LinkedHashMap;
import java.util.Map;

import com.example.sourcekeys.shelf.Shelf;
import com.example.sourcekeys.shelf.ShelfRepository;
import io.github.multids.test.Database;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration and the checks that the tests of the configuration keys share.
 *
 * @author multids
 */
final class SourceKeys {

	private SourceKeys() {
	}

	/**
	 * Return the configuration of two sources, the first of them the default one.
	 * @param first the database of the default source
	 * @param firstName the name of the default source
	 * @param second the database of the other source
	 * @param secondName the name of the other source
	 * @return the configuration, to add keys to
	 */
	static Map<String, Object> defaultAndOther(Database first, String firstName, Database second, String secondName) {
		Map<String, Object> properties = new LinkedHashMap<>(first.properties(firstName));
		properties.put("datasources." + firstName + ".default", "true");
		properties.putAll(second.properties(secondName));
		return properties;
	}

	/**
	 * Assert the labels of the shelves the application reads through its repository.
	 * @param context the running application
	 * @param labels the expected labels, in order
	 */
	static void assertShelfLabels(ConfigurableApplicationContext context, String... labels) {
		assertThat(context.getBean(ShelfRepository.class).findAll()).extracting(Shelf::getLabel)
			.containsExactly(labels);
	}

}
