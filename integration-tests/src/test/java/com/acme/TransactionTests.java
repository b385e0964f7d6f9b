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

import com.acme.service.EventJournal;
import com.acme.service.JournalWriter;
import com.acme.service.OrderDesk;
import com.acme.service.ScratchPad;
import com.acme.support.Rows;
import com.acme.support.ShopIntegrationTest;
import com.acme.support.Table;
import io.github.multids.DataSourceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A JPA repository and the routing JdbcClient in one {@code @Transactional} method commit
 * together and roll back together, on each source. This context gives {@code scratch} an
 * explicit H2 url of its own.
 *
 * @author multids
 */
@ShopIntegrationTest
class TransactionTests {

	@Autowired
	private OrderDesk orderDesk;

	@Autowired
	private EventJournal eventJournal;

	@Autowired
	private ScratchPad scratchPad;

	@Autowired
	private JournalWriter journalWriter;

	@Autowired
	@Qualifier("scratch")
	private DataSource scratchDataSource;

	private Rows rows;

	@DynamicPropertySource
	static void uniqueScratchDatabase(DynamicPropertyRegistry registry) {
		String name = "scratch_" + UUID.randomUUID().toString().replace("-", "");
		registry.add("datasources.scratch.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
	}

	@BeforeEach
	void lookUpRows() {
		this.rows = Rows.of(this.scratchDataSource);
	}

	@Test
	void scratchUsesExplicitUrl() throws Exception {
		try (var connection = this.scratchDataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:scratch_");
		}
	}

	@Test
	void jpaAndJdbcCommitTogetherOnDefaultSource() {
		String marker = marker();
		this.orderDesk.place(marker, 990, false);
		this.rows.assertOnlyIn("orders", Table.PURCHASE_ORDER, marker);
		this.rows.assertOnlyIn("orders", Table.JOURNAL, marker);
	}

	@Test
	void jpaAndJdbcRollBackTogetherOnDefaultSource() {
		String marker = marker();
		assertThatIllegalStateException().isThrownBy(() -> this.orderDesk.place(marker, 990, true));
		this.rows.assertNowhere(Table.PURCHASE_ORDER, marker);
		this.rows.assertNowhere(Table.JOURNAL, marker);
	}

	@Test
	void jpaAndJdbcCommitTogetherOnEvents() {
		String marker = marker();
		this.eventJournal.recordEvent("shipped", marker, false);
		this.rows.assertOnlyIn("events", Table.ORDER_EVENT, marker);
		this.rows.assertOnlyIn("events", Table.JOURNAL, marker);
	}

	@Test
	void jpaAndJdbcRollBackTogetherOnEvents() {
		String marker = marker();
		assertThatIllegalStateException().isThrownBy(() -> this.eventJournal.recordEvent("shipped", marker, true));
		this.rows.assertNowhere(Table.ORDER_EVENT, marker);
		this.rows.assertNowhere(Table.JOURNAL, marker);
	}

	@Test
	void jpaAndJdbcCommitTogetherOnScratch() {
		String marker = marker();
		this.scratchPad.jot(marker, false);
		this.rows.assertOnlyIn("scratch", Table.NOTE, marker);
		this.rows.assertOnlyIn("scratch", Table.JOURNAL, marker);
	}

	@Test
	void jpaAndJdbcRollBackTogetherOnScratch() {
		String marker = marker();
		assertThatIllegalStateException().isThrownBy(() -> this.scratchPad.jot(marker, true));
		this.rows.assertNowhere(Table.NOTE, marker);
		this.rows.assertNowhere(Table.JOURNAL, marker);
	}

	@Test
	void unassignedTransactionRunsOnCallersSource() {
		String marker = marker();
		DataSourceContext.run("events", () -> this.journalWriter.recordTwice(marker, false));
		this.rows.assertCounts(Table.JOURNAL, marker, "events", 2);
	}

	@Test
	void unassignedTransactionRollsBackOnCallersSource() {
		for (String source : new String[] { "orders", "events", "scratch" }) {
			String marker = marker();
			assertThatIllegalStateException()
				.isThrownBy(() -> DataSourceContext.run(source, () -> this.journalWriter.recordTwice(marker, true)));
			this.rows.assertNowhere(Table.JOURNAL, marker);
		}
	}

	private static String marker() {
		return "tx-" + UUID.randomUUID();
	}

}
