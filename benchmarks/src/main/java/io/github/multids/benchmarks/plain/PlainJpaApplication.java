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
package io.github.multids.benchmarks.plain;

import java.util.Map;

import io.github.multids.benchmarks.Applications;
import io.github.multids.benchmarks.model.Item;
import io.github.multids.benchmarks.model.ItemRepository;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * A plain single-source Spring Boot JPA application over one embedded H2 database, with
 * the same {@link Item} entity and repository as the multids one.
 *
 * @author multids
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = Item.class)
@EnableJpaRepositories(basePackageClasses = ItemRepository.class)
public class PlainJpaApplication {

	/**
	 * Start the application.
	 * @return the started context
	 */
	public static ConfigurableApplicationContext start() {
		return Applications.start(PlainJpaApplication.class,
				Map.of("spring.datasource.url", "jdbc:h2:mem:plain;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
						"spring.datasource.username", "sa", "spring.flyway.enabled", "false",
						"spring.datasource.dynamic.enabled", "false"));
	}

}
