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
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.acme.events.OrderEvent;
import com.acme.events.OrderEventRepository;
import com.acme.orders.PurchaseOrder;
import com.acme.orders.PurchaseOrderRepository;
import com.acme.service.ArchiveService;
import com.acme.service.AsyncJournal;
import com.acme.service.AsyncJournal.AsyncWrite;
import com.acme.service.EventJournal;
import com.acme.service.ReportService;
import com.acme.shared.Note;
import com.acme.shared.ScratchNoteRepository;
import com.acme.support.Rows;
import com.acme.support.ShopIntegrationTest;
import com.acme.support.Table;
import io.github.multids.DataSourceContext;
import io.github.multids.DataSourceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every routing path writes to the database it names, and to no other, as seen over
 * separate JDBC connections.
 *
 * @author multids
 */
@ShopIntegrationTest
class RoutingTests {

	@Autowired
	private PurchaseOrderRepository purchaseOrders;

	@Autowired
	private OrderEventRepository orderEvents;

	@Autowired
	private ScratchNoteRepository scratchNotes;

	@Autowired
	private EventJournal eventJournal;

	@Autowired
	private ReportService reportService;

	@Autowired
	private ArchiveService archiveService;

	@Autowired
	private AsyncJournal asyncJournal;

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	@Qualifier("scratch")
	private JdbcClient scratchJdbcClient;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DataSourceRegistry registry;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	private Rows rows;

	@BeforeEach
	void lookUpRows() {
		this.rows = Rows.of(this.scratchDataSource);
	}

	@Test
	void repositoryWithoutRuleUsesDefaultSource() {
		String marker = marker();
		this.purchaseOrders.save(new PurchaseOrder(marker, 1250));
		this.rows.assertOnlyIn("orders", Table.PURCHASE_ORDER, marker);
		assertThat(this.purchaseOrders.findByCustomer(marker)).hasSize(1);
	}

	@Test
	void repositoryKeepsItsSourceWhateverTheCallersSource() {
		String marker = marker();
		DataSourceContext.run("scratch", () -> this.purchaseOrders.save(new PurchaseOrder(marker, 700)));
		this.rows.assertOnlyIn("orders", Table.PURCHASE_ORDER, marker);
	}

	@Test
	void packageRuleRoutesRepository() {
		String marker = marker();
		this.orderEvents.save(new OrderEvent("placed", marker));
		this.rows.assertOnlyIn("events", Table.ORDER_EVENT, marker);
		assertThat(this.orderEvents.findByReference(marker)).hasSize(1);
	}

	@Test
	void annotatedRepositoryUsesItsSource() {
		String marker = marker();
		this.scratchNotes.save(new Note(marker));
		this.rows.assertOnlyIn("scratch", Table.NOTE, marker);
		assertThat(this.scratchNotes.findByBody(marker)).hasSize(1);
	}

	@Test
	void annotatedClassRoutesRoutingJdbcClient() {
		String marker = marker();
		this.eventJournal.record(marker);
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void annotatedClassMakesItsSourceCurrentOnlyWhileInside() {
		assertThat(this.eventJournal.currentSource()).contains("events");
		assertThat(DataSourceContext.current()).isEmpty();
	}

	@Test
	void annotatedMethodUsesItsSource() {
		String marker = marker();
		this.reportService.recordDraft(marker);
		this.rows.assertOnlyIn("scratch", Table.JOURNAL, marker);
	}

	@Test
	void unannotatedMethodOfUnassignedBeanUsesDefaultSource() {
		String marker = marker();
		this.reportService.recordHere(marker);
		this.rows.assertOnlyIn("orders", Table.JOURNAL, marker);
	}

	@Test
	void unassignedBeanFollowsItsCaller() {
		String marker = marker();
		DataSourceContext.run("events", () -> this.reportService.recordHere(marker));
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void methodAnnotationBeatsClassAnnotation() {
		String draft = marker();
		String archived = marker();
		this.archiveService.archiveDraft(draft);
		this.archiveService.archive(archived);
		this.rows.assertOnlyIn("scratch", Table.JOURNAL, draft);
		this.rows.assertOnlyIn("events", Table.JOURNAL, archived);
	}

	@Test
	void innermostAssignmentWins() {
		String marker = marker();
		DataSourceContext.run("scratch", () -> {
			this.eventJournal.record(marker);
			assertThat(DataSourceContext.current()).contains("scratch");
		});
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void runRoutesRoutingJdbcClient() {
		String marker = marker();
		DataSourceContext.run("events", () -> insertJournal(this.jdbcClient, marker));
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void callRoutesRoutingJdbcClientAndReturnsResult() throws Exception {
		String marker = marker();
		int inserted = DataSourceContext.call("scratch", () -> insertJournal(this.jdbcClient, marker));
		assertThat(inserted).isEqualTo(1);
		this.rows.assertOnlyIn("scratch", Table.JOURNAL, marker);
	}

	@Test
	void routingJdbcClientUsesDefaultSourceWithoutContext() {
		String marker = marker();
		insertJournal(this.jdbcClient, marker);
		this.rows.assertOnlyIn("orders", Table.JOURNAL, marker);
	}

	@Test
	void namedJdbcClientIsBoundToItsSource() {
		String marker = marker();
		JdbcClient eventsJdbcClient = this.context.getBean("eventsJdbcClient", JdbcClient.class);
		DataSourceContext.run("scratch", () -> insertJournal(eventsJdbcClient, marker));
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void qualifiedJdbcClientIsBoundToItsSource() {
		String marker = marker();
		DataSourceContext.run("events", () -> insertJournal(this.scratchJdbcClient, marker));
		this.rows.assertOnlyIn("scratch", Table.JOURNAL, marker);
	}

	@Test
	void registryJdbcClientIsBoundToItsSource() {
		String marker = marker();
		insertJournal(this.registry.jdbcClient("events"), marker);
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void asyncMethodRunsOnCallersSource() throws Exception {
		String marker = marker();
		AsyncWrite write = DataSourceContext.call("events", () -> this.asyncJournal.record(marker))
			.get(30, TimeUnit.SECONDS);
		assertThat(write.threadName()).isNotEqualTo(Thread.currentThread().getName());
		assertThat(write.source()).isEqualTo("events");
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void asyncMethodWithoutCallerSourceUsesDefaultSource() throws Exception {
		String marker = marker();
		AsyncWrite write = this.asyncJournal.record(marker).get(30, TimeUnit.SECONDS);
		assertThat(write.source()).isNull();
		this.rows.assertOnlyIn("orders", Table.JOURNAL, marker);
	}

	@Test
	void asyncThreadDoesNotKeepCallersSource() throws Exception {
		for (int i = 0; i < 20; i++) {
			DataSourceContext.call("scratch", () -> this.asyncJournal.currentSource()).get(30, TimeUnit.SECONDS);
			assertThat(this.asyncJournal.currentSource().get(30, TimeUnit.SECONDS)).isNull();
		}
	}

	private static int insertJournal(JdbcClient client, String marker) {
		return client.sql("insert into journal (marker) values (?)").param(marker).update();
	}

	private static String marker() {
		return "m-" + UUID.randomUUID();
	}

}
