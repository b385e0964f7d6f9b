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

package io.github.multids.sample.support;

/**
 * A table of the shop, with the column that carries each test's marker and the source
 * whose database must hold it.
 *
 * @author multids
 */
public enum Table {

	/**
	 * Orders, on {@code primary}.
	 */
	PURCHASE_ORDER("purchase_order", "item", "primary"),

	/**
	 * Order events, on {@code analytics}.
	 */
	ORDER_EVENT("order_event", "item", "analytics"),

	/**
	 * The audit trail, on {@code audit}.
	 */
	AUDIT_ENTRY("audit_entry", "detail", "audit");

	private final String tableName;

	private final String markerColumn;

	private final String source;

	Table(String tableName, String markerColumn, String source) {
		this.tableName = tableName;
		this.markerColumn = markerColumn;
		this.source = source;
	}

	/**
	 * Return the table's name.
	 * @return the name
	 */
	public String tableName() {
		return this.tableName;
	}

	String markerColumn() {
		return this.markerColumn;
	}

	/**
	 * Return the source whose database holds this table.
	 * @return the source name
	 */
	public String source() {
		return this.source;
	}

}
