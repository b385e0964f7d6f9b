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
package io.github.multids.benchmarks.baomidou;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.multids.benchmarks.Applications;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A baomidou dynamic-datasource application with two H2 HikariCP pools, {@code main}
 * (primary) and {@code other}, configured as its documentation shows; it does not use
 * multids, whose configuration it lacks.
 *
 * @author multids
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({ UnannotatedBorrower.class, DsMethodBorrower.class, PartlyDsBorrower.class })
public class BaomidouApplication {

	private static final String PREFIX = "spring.datasource.dynamic.";

	/**
	 * Start the application.
	 * @return the started context
	 */
	public static ConfigurableApplicationContext start() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(PREFIX + "primary", "main");
		properties.put(PREFIX + "strict", "true");
		source(properties, "main");
		source(properties, "other");
		// A baomidou application is MyBatis- or JDBC-shaped: no JPA, no Flyway
		properties.put("spring.autoconfigure.exclude",
				"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
						+ "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration,"
						+ "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");
		return Applications.start(BaomidouApplication.class, properties);
	}

	private static void source(Map<String, Object> properties, String name) {
		String prefix = PREFIX + "datasource." + name + ".";
		properties.put(prefix + "url", "jdbc:h2:mem:baomidou_" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
		properties.put(prefix + "username", "sa");
		properties.put(prefix + "driver-class-name", "org.h2.Driver");
		properties.put(prefix + "type", "com.zaxxer.hikari.HikariDataSource");
	}

}
