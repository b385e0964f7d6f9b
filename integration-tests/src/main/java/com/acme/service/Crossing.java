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

package com.acme.service;

/**
 * The ways {@link Checkout} records an order's event on {@code events} from inside its
 * transaction on {@code orders}.
 *
 * @author multids
 */
public enum Crossing {

	/**
	 * {@link EventJournal}, assigned by {@code @UseDataSource("events")}, writes a
	 * journal line through the routing {@code JdbcClient}.
	 */
	ANNOTATED_BEAN_JDBC_CLIENT,

	/**
	 * {@link com.acme.events.EventLog}, routed by the package rule of {@code events},
	 * writes a journal line through the routing {@code JdbcTemplate}.
	 */
	PACKAGE_RULE_BEAN_JDBC_TEMPLATE,

	/**
	 * The {@code eventsJdbcClient} writes a journal line.
	 */
	SOURCE_JDBC_CLIENT,

	/**
	 * The routing {@code JdbcClient} writes a journal line inside
	 * {@code DataSourceContext.run("events", ...)}.
	 */
	CONTEXT_RUN,

	/**
	 * The routing {@code JdbcClient} writes a journal line inside
	 * {@code DataSourceContext.call("events", ...)}.
	 */
	CONTEXT_CALL,

	/**
	 * The {@code events} repository saves an event, in a transaction of its own on
	 * {@code events}.
	 */
	EVENTS_REPOSITORY,

	/**
	 * {@link EventJournal} saves an event and writes a journal line in a
	 * {@code REQUIRES_NEW} transaction on {@code events}.
	 */
	REQUIRES_NEW_ON_EVENTS,

	/**
	 * {@link JournalRelay} writes a journal line on {@code events} (marker
	 * {@code <marker>-events}), from there one on {@code scratch} ({@code -scratch}), and
	 * from there one back on {@code orders} ({@code -orders}), which joins the order's
	 * transaction.
	 */
	NESTED

}
