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

package io.github.multids.sample.analytics;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts placed orders per day with plain SQL on the {@code analytics} database, through
 * the {@link JdbcClient} qualified with the source's name.
 *
 * @author multids
 */
@Component
public class OrdersPerDayReport {

	private static final String SQL = """
			select order_day, count(*) as orders, sum(amount_cents) as revenue_cents
			from order_event
			where kind = ?
			group by order_day
			order by order_day""";

	private final JdbcClient analytics;

	public OrdersPerDayReport(@Qualifier("analytics") JdbcClient analytics) {
		this.analytics = analytics;
	}

	public List<OrdersPerDay> run() {
		return this.analytics.sql(SQL)
			.param(OrderEvent.ORDER_PLACED)
			.query((row, number) -> new OrdersPerDay(row.getObject("order_day", LocalDate.class), row.getLong("orders"),
					row.getLong("revenue_cents")))
			.list();
	}

}
