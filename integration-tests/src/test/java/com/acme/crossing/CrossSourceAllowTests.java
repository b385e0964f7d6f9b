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

package com.acme.crossing;

import java.util.UUID;

import javax.sql.DataSource;

import com.acme.service.Checkout;
import com.acme.service.Crossing;
import com.acme.support.Rows;
import com.acme.support.ShopIntegrationTest;
import com.acme.support.Table;
import io.github.multids.autoconfigure.reporting.RoutingMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * With {@code multids.transactions.cross-source=allow}, work that writes on
 * {@code events} inside a transaction on {@code orders} commits on its own, silently; it
 * is still counted.
 *
 * @author multids
 */
@ShopIntegrationTest
@TestPropertySource(properties = { "multids.transactions.cross-source=allow",
		"datasources.scratch.url=jdbc:h2:mem:crossing_allow;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class CrossSourceAllowTests {

	@Autowired
	private Checkout checkout;

	@Autowired
	private RoutingMap routingMap;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	@ParameterizedTest
	@EnumSource(value = Crossing.class, names = { "ANNOTATED_BEAN_JDBC_CLIENT", "SOURCE_JDBC_CLIENT", "CONTEXT_RUN" })
	void writeOnEventsStaysWhenOrdersRollsBackSilently(Crossing crossing, CapturedOutput output) {
		String marker = "xa-" + UUID.randomUUID();
		assertThatIllegalStateException().isThrownBy(() -> this.checkout.place(marker, crossing, true));
		Rows rows = Rows.of(this.scratchDataSource);
		rows.assertNowhere(Table.PURCHASE_ORDER, marker);
		rows.assertOnlyIn("events", Table.JOURNAL, marker);
		assertThat(output.getAll()).doesNotContain("inside a transaction on source 'orders'");
	}

	@Test
	void crossingsAreStillCounted() {
		String marker = "xa-" + UUID.randomUUID();
		this.checkout.place(marker, Crossing.EVENTS_REPOSITORY, false);
		assertThat(this.routingMap.crossings().list())
			.anySatisfy((crossing) -> assertThat(crossing.callSite()).endsWith("OrderEventRepository.save"));
	}

}
