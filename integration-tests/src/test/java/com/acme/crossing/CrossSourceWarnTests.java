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

import com.acme.events.OrderEventRepository;
import com.acme.service.Checkout;
import com.acme.service.Crossing;
import com.acme.support.Rows;
import com.acme.support.ShopIntegrationTest;
import com.acme.support.Table;
import io.github.multids.autoconfigure.actuate.DataSourcesEndpoint;
import io.github.multids.autoconfigure.jdbc.SourceCrossings.SourceCrossing;
import io.github.multids.autoconfigure.reporting.RoutingMap;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * With {@code multids.transactions.cross-source=warn} (the default), work that writes on
 * {@code events} inside a transaction on {@code orders} still commits on its own, and its
 * call site is logged once.
 *
 * @author multids
 */
@ShopIntegrationTest
@TestPropertySource(properties = { "multids.transactions.cross-source=warn",
		"datasources.scratch.url=jdbc:h2:mem:crossing_warn;DB_CLOSE_DELAY=-1",
		"management.endpoints.web.exposure.include=datasources" })
@Import(CrossingFixtures.class)
@ExtendWith(OutputCaptureExtension.class)
class CrossSourceWarnTests {

	private static final String CROSSED = "inside a transaction on source 'orders'";

	@Autowired
	private Checkout checkout;

	@Autowired
	private OrdersWork ordersWork;

	@Autowired
	private EventsNotes eventsNotes;

	@Autowired
	private EventsReader eventsReader;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private OrderEventRepository orderEvents;

	@Autowired
	private RoutingMap routingMap;

	@Autowired
	private DataSourcesEndpoint endpoint;

	@Autowired
	private MeterRegistry meterRegistry;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	private Rows rows;

	@BeforeEach
	void lookUpRows() {
		this.rows = Rows.of(this.scratchDataSource);
	}

	@Test
	void writeOnEventsStaysWhenOrdersRollsBackAndIsLogged(CapturedOutput output) {
		String marker = marker();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.checkout.place(marker, Crossing.ANNOTATED_BEAN_JDBC_CLIENT, true));
		this.rows.assertNowhere(Table.PURCHASE_ORDER, marker);
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
		assertThat(output.getAll()).contains("WARN")
			.contains("com.acme.service.EventJournal.record took a connection of source 'events' in autocommit"
					+ " inside a transaction on source 'orders'")
			.contains("@UseDataSource(value = \"events\", independent = true)");
	}

	@Test
	void warnsOncePerCallSite(CapturedOutput output) {
		for (int i = 0; i < 3; i++) {
			String marker = marker();
			this.ordersWork.placeThen(marker, () -> this.eventsNotes.note(marker), false);
			this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
		}
		for (int i = 0; i < 2; i++) {
			String marker = marker();
			assertThatIllegalStateException().isThrownBy(
					() -> this.ordersWork.placeThen(marker, () -> this.eventsNotes.noteElsewhere(marker), true));
			this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
		}
		assertThat(occurrences(output.getAll(), "com.acme.crossing.EventsNotes.note took")).isOne();
		assertThat(occurrences(output.getAll(), "com.acme.crossing.EventsNotes.noteElsewhere took")).isOne();
	}

	@Test
	void requiresNewOnEventsInsideOrdersIsACrossing(CapturedOutput output) {
		String marker = marker();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.checkout.place(marker, Crossing.REQUIRES_NEW_ON_EVENTS, true));
		this.rows.assertNowhere(Table.PURCHASE_ORDER, marker);
		this.rows.assertOnlyIn("events", Table.ORDER_EVENT, marker);
		assertThat(output.getAll()).contains("com.acme.service.EventJournal.recordEventApart began a transaction"
				+ " of its own on source 'events' inside a transaction on source 'orders'");
	}

	@Test
	void contextRunInsideATransactionIsACrossing(CapturedOutput output) {
		String marker = marker();
		this.checkout.place(marker, Crossing.CONTEXT_RUN, false);
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
		assertThat(output.getAll()).contains("com.acme.service.Checkout.cross took a connection of source 'events'"
				+ " in autocommit inside a transaction on source 'orders'");
	}

	@Test
	void readOnlyWorkOnEventsIsNoCrossing(CapturedOutput output) {
		long before = crossings();
		String marker = marker();
		this.ordersWork.placeThen(marker, () -> {
			assertThat(this.eventsReader.count(marker)).isZero();
			assertThat(this.orderEvents.findById(-1L)).isEmpty();
			this.orderEvents.count();
		}, false);
		this.rows.assertOnlyIn("orders", Table.PURCHASE_ORDER, marker);
		assertThat(output.getAll()).doesNotContain(CROSSED);
		assertThat(crossings()).isEqualTo(before);
	}

	@Test
	void independentMethodDoesNotWarn(CapturedOutput output) {
		long before = crossings();
		String marker = marker();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.ordersWork.placeThen(marker, () -> this.auditTrail.write(marker), true));
		this.rows.assertNowhere(Table.PURCHASE_ORDER, marker);
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
		assertThat(output.getAll()).doesNotContain(CROSSED);
		assertThat(crossings()).isEqualTo(before);
	}

	@Test
	void crossingsAreCountedInMetricsAndTheRoutingMap() {
		double counted = counter();
		for (int i = 0; i < 2; i++) {
			String marker = marker();
			this.ordersWork.placeThen(marker, () -> this.eventsNotes.tally(marker), false);
		}
		assertThat(counter()).isEqualTo(counted + 2);
		SourceCrossing tally = new SourceCrossing("com.acme.crossing.EventsNotes.tally", "orders", "events", 2);
		assertThat(this.routingMap.crossings().list()).contains(tally);
		assertThat(this.endpoint.dataSources().crossings()).contains(tally);
	}

	private long crossings() {
		return this.routingMap.crossings().list().stream().mapToLong(SourceCrossing::count).sum();
	}

	private double counter() {
		Counter counter = this.meterRegistry.find("multids.transactions.crossings")
			.tags("from", "orders", "to", "events")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static String marker() {
		return "xw-" + UUID.randomUUID();
	}

}
