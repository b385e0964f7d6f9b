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
package io.github.multids.context;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SourceTransactions}: which connections and new transactions count as
 * crossings.
 *
 * @author multids
 */
class SourceTransactionsTests {

	private final List<String> crossings = new ArrayList<>();

	private final SourceTransactions.Guard guard = (from, to, newTransaction) -> this.crossings
		.add(from + "->" + to + (newTransaction ? " new" : " autocommit"));

	private final List<Object> open = new ArrayList<>();

	@AfterEach
	void endAll() {
		for (int i = this.open.size() - 1; i >= 0; i--) {
			SourceTransactions.completed(this.open.get(i), () -> {
			});
		}
	}

	@Test
	void connectionWithoutTransactionIsNoCrossing() {
		SourceTransactions.connectionTaken("events");
		assertThat(this.crossings).isEmpty();
	}

	@Test
	void connectionOfAnotherSourceInsideATransactionIsACrossing() {
		begin("orders", false);
		SourceTransactions.connectionTaken("orders");
		SourceTransactions.connectionTaken("events");
		assertThat(this.crossings).containsExactly("orders->events autocommit");
	}

	@Test
	void newTransactionOnAnotherSourceIsACrossingUnlessReadOnly() {
		begin("orders", false);
		begin("events", true);
		SourceTransactions.connectionTaken("events");
		begin("scratch", false);
		assertThat(this.crossings).containsExactly("events->scratch new");
	}

	@Test
	void newTransactionOnTheSameSourceIsNoCrossing() {
		begin("orders", false);
		begin("orders", false);
		assertThat(this.crossings).isEmpty();
	}

	@Test
	void spanningTransactionsAndWorkJoiningThemAreNoCrossing() {
		begin("orders", false);
		Object spanning = new Object();
		SourceTransactions.spanning(() -> {
			SourceTransactions.begin("events", spanning, false, this.guard, () -> {
			});
			return this.open.add(spanning);
		});
		SourceTransactions.connectionTaken("events");
		begin("scratch", false);
		assertThat(this.crossings).containsExactly("orders->scratch new");
	}

	@Test
	void endedTransactionIsForgotten() {
		Object transaction = begin("orders", false);
		SourceTransactions.completed(transaction, () -> {
		});
		this.open.remove(transaction);
		SourceTransactions.connectionTaken("events");
		assertThat(this.crossings).isEmpty();
	}

	private Object begin(String source, boolean readOnly) {
		Object transaction = new Object();
		SourceTransactions.begin(source, transaction, readOnly, this.guard, () -> {
		});
		this.open.add(transaction);
		return transaction;
	}

}
