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

package com.acme.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.acme.support.Table;

/**
 * What each operation of a run must have left behind: for every marker, the table and the
 * one source whose database holds its rows, how many, and whether the operation
 * committed, rolled back, or failed with an unknown outcome.
 *
 * @author multids
 */
final class Ledger {

	private final Map<Entry, Expectation> expectations = new ConcurrentHashMap<>();

	/**
	 * Record rows that were committed.
	 * @param source the source whose database must hold them
	 * @param table the table
	 * @param marker the marker of the rows
	 * @param rows how many rows carry the marker
	 */
	void committed(String source, Table table, String marker, int rows) {
		expect(table, marker, new Expectation(Outcome.COMMITTED, source, rows));
	}

	/**
	 * Record rows that were rolled back: no database may hold them.
	 * @param table the table
	 * @param marker the marker of the rows
	 */
	void rolledBack(Table table, String marker) {
		expect(table, marker, new Expectation(Outcome.ROLLED_BACK, null, 0));
	}

	/**
	 * Record rows of an operation that failed while its database went away: the source's
	 * database holds all of them or none (never a part), and no other database any.
	 * @param source the source of the operation
	 * @param table the table
	 * @param marker the marker of the rows
	 * @param rows how many rows carry the marker if it committed
	 */
	void unknown(String source, Table table, String marker, int rows) {
		expect(table, marker, new Expectation(Outcome.UNKNOWN, source, rows));
	}

	private void expect(Table table, String marker, Expectation expectation) {
		Expectation previous = this.expectations.put(new Entry(table, marker), expectation);
		if (previous != null) {
			throw new IllegalStateException("Marker " + marker + " used twice in " + table);
		}
	}

	/**
	 * Compare the expectations with the rows found in the databases.
	 * @param found the rows per marker, by source and table, from {@link Census}
	 * @return the differences
	 */
	Reconciliation reconcile(Map<String, Map<Table, Map<String, Integer>>> found) {
		Reconciliation reconciliation = new Reconciliation();
		this.expectations.forEach((entry, expectation) -> found.forEach((source, tables) -> {
			int rows = tables.get(entry.table()).getOrDefault(entry.marker(), 0);
			reconciliation.check(entry, expectation, source, rows);
		}));
		found.forEach((source, tables) -> tables.forEach((table, markers) -> markers.forEach((marker, rows) -> {
			if (!this.expectations.containsKey(new Entry(table, marker))) {
				reconciliation.stray(source, table, marker, rows);
			}
		})));
		return reconciliation;
	}

	/**
	 * How an operation ended.
	 */
	enum Outcome {

		COMMITTED, ROLLED_BACK, UNKNOWN

	}

	private record Entry(Table table, String marker) {

	}

	private record Expectation(Outcome outcome, String source, int rows) {

	}

	/**
	 * The differences between a ledger and the databases: rows in the wrong database,
	 * rows missing from the right one, rolled-back rows that exist, and partial writes.
	 */
	static final class Reconciliation {

		private long expectedRows;

		private long foundRows;

		private long misrouted;

		private long lost;

		private long rolledBackFound;

		private long partial;

		private final List<String> samples = new ArrayList<>();

		private void check(Entry entry, Expectation expectation, String source, int rows) {
			boolean home = source.equals(expectation.source());
			this.foundRows += rows;
			if (!home) {
				if (rows > 0 && expectation.outcome() == Outcome.ROLLED_BACK) {
					this.rolledBackFound += rows;
					sample("rolled back but found", entry, source, rows);
				}
				else if (rows > 0) {
					this.misrouted += rows;
					sample("misrouted", entry, source, rows);
				}
				return;
			}
			if (expectation.outcome() == Outcome.COMMITTED) {
				this.expectedRows += expectation.rows();
				if (rows != expectation.rows()) {
					this.lost += Math.max(0, expectation.rows() - rows);
					this.partial += Math.max(0, rows - expectation.rows());
					sample("expected " + expectation.rows() + " rows", entry, source, rows);
				}
			}
			else if (rows != 0 && rows != expectation.rows()) {
				this.partial += rows;
				sample("partial write of an unknown outcome", entry, source, rows);
			}
		}

		private void stray(String source, Table table, String marker, int rows) {
			this.misrouted += rows;
			sample("written by no operation", new Entry(table, marker), source, rows);
		}

		private void sample(String problem, Entry entry, String source, int rows) {
			if (this.samples.size() < 20) {
				this.samples.add(problem + ": " + rows + " row(s) of " + entry.marker() + " in " + source + "."
						+ entry.table().tableName());
			}
		}

		long expectedRows() {
			return this.expectedRows;
		}

		long foundRows() {
			return this.foundRows;
		}

		long misrouted() {
			return this.misrouted;
		}

		long lost() {
			return this.lost;
		}

		long rolledBackFound() {
			return this.rolledBackFound;
		}

		long partial() {
			return this.partial;
		}

		List<String> samples() {
			return this.samples;
		}

		@Override
		public String toString() {
			return "expected rows " + this.expectedRows + ", found rows " + this.foundRows + ", misrouted "
					+ this.misrouted + ", lost " + this.lost + ", rolled back but found " + this.rolledBackFound
					+ ", partial " + this.partial + ((!this.samples.isEmpty()) ? ", e.g. " + this.samples : "");
		}

	}

}
