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

/**
 * A table of the shop that the reliability tests write, with the column that carries each
 * operation's unique marker.
 *
 * @author multids
 */
enum MarkedTable {

	JOURNAL("journal", "marker"),

	PURCHASE_ORDER("purchase_order", "customer"),

	ORDER_EVENT("order_event", "reference"),

	NOTE("note", "body");

	private final String tableName;

	private final String markerColumn;

	MarkedTable(String tableName, String markerColumn) {
		this.tableName = tableName;
		this.markerColumn = markerColumn;
	}

	String tableName() {
		return this.tableName;
	}

	String markerColumn() {
		return this.markerColumn;
	}

}
