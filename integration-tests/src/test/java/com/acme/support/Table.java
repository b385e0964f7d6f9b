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

package com.acme.support;

/**
 * A table the tests look rows up in, by the column that carries each test's marker.
 *
 * @author multids
 */
public enum Table {

	/**
	 * Orders, mapped by {@code PurchaseOrder}.
	 */
	PURCHASE_ORDER("purchase_order", "customer"),

	/**
	 * Order events, mapped by {@code OrderEvent}.
	 */
	ORDER_EVENT("order_event", "reference"),

	/**
	 * Notes, mapped by {@code Note}.
	 */
	NOTE("note", "body"),

	/**
	 * Plain table written through {@code JdbcClient}, present in every database.
	 */
	JOURNAL("journal", "marker");

	private final String tableName;

	private final String markerColumn;

	Table(String tableName, String markerColumn) {
		this.tableName = tableName;
		this.markerColumn = markerColumn;
	}

	public String tableName() {
		return this.tableName;
	}

	public String markerColumn() {
		return this.markerColumn;
	}

}
