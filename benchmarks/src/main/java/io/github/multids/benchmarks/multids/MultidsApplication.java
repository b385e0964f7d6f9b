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
package io.github.multids.benchmarks.multids;

import java.util.Map;

import io.github.multids.benchmarks.Applications;
import io.github.multids.benchmarks.model.Item;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A multids application with two embedded H2 sources: {@code main}, the default, and
 * {@code other}, which owns the {@link Item} entity and its repository.
 *
 * @author multids
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({ UnassignedBorrower.class, MethodAssignedBorrower.class, ClassAssignedBorrower.class,
		PartlyAssignedBorrower.class })
public class MultidsApplication {

	/**
	 * Start the application.
	 * @return the started context
	 */
	public static ConfigurableApplicationContext start() {
		return Applications.start(MultidsApplication.class,
				Map.of("datasources.main.default", "true", "datasources.other.packages", Item.class.getPackageName(),
						"spring.datasource.dynamic.enabled", "false"));
	}

}
