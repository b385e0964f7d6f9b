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
package com.acme;

import java.util.UUID;

import javax.sql.DataSource;

import com.acme.support.Rows;
import com.acme.support.ShopIntegrationTest;
import com.acme.support.Table;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bean the application defines under the name of a source bean replaces it, also when
 * the context runs from ahead-of-time generated code.
 *
 * @author multids
 */
@ShopIntegrationTest
@Import(UserDefinedSourceBeanTests.ScratchAsEventsClient.class)
class UserDefinedSourceBeanTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	@Test
	void userDefinedBeanReplacesTheSourceBeanOfThatName() {
		String marker = "m-" + UUID.randomUUID();
		this.context.getBean("eventsJdbcClient", JdbcClient.class)
			.sql("insert into journal (marker) values (?)")
			.param(marker)
			.update();
		Rows.of(this.scratchDataSource).assertOnlyIn("scratch", Table.JOURNAL, marker);
	}

	@Test
	void otherSourceBeansStay() {
		assertThat(this.context.getBeanNamesForType(JdbcClient.class)).containsExactlyInAnyOrder("jdbcClient",
				"ordersJdbcClient", "eventsJdbcClient", "scratchJdbcClient");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ScratchAsEventsClient {

		@Bean
		@Qualifier("events")
		JdbcClient eventsJdbcClient(@Qualifier("scratch") DataSource scratch) {
			return JdbcClient.create(scratch);
		}

	}

}
