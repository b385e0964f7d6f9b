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

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceContext;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What finished work may have left behind: resources and synchronizations that Spring's
 * transaction support bound to a thread, a current source, and connections still borrowed
 * from a source's pool.
 *
 * @author multids
 */
final class Leftovers {

	private Leftovers() {
	}

	/**
	 * Return what is bound to the calling thread.
	 * @return the thread's state
	 */
	static ThreadState onThisThread() {
		Map<String, String> resources = new LinkedHashMap<>();
		TransactionSynchronizationManager.getResourceMap()
			.forEach((key, value) -> resources.put(String.valueOf(key), String.valueOf(value)));
		return new ThreadState(Thread.currentThread().getName(), resources,
				TransactionSynchronizationManager.isSynchronizationActive(), DataSourceContext.current().orElse(null));
	}

	/**
	 * Unbind whatever is left bound to the calling thread, closing the connections and
	 * entity managers it holds, so that work that left something behind does not fail the
	 * next work on the same thread.
	 */
	static void clearThisThread() {
		List<Object> keys = List.copyOf(TransactionSynchronizationManager.getResourceMap().keySet());
		keys.forEach((key) -> close(TransactionSynchronizationManager.unbindResource(key)));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clear();
		}
	}

	private static void close(Object resource) {
		try {
			if (resource instanceof ConnectionHolder holder) {
				holder.getConnection().close();
			}
			else if (resource instanceof EntityManagerHolder holder) {
				holder.getEntityManager().close();
			}
		}
		catch (SQLException | RuntimeException ex) {
			// Already closed or broken: nothing left to release
		}
	}

	/**
	 * Return the connections each source's pool has lent out at this moment.
	 * @param context the application context that holds the {@code <n>DataSource} pools
	 * @return the active connections, by source
	 */
	static Map<String, Integer> borrowedConnections(ApplicationContext context) {
		Map<String, Integer> active = new LinkedHashMap<>();
		for (String source : RoutingPaths.SOURCES) {
			HikariDataSource pool = context.getBean(source + "DataSource", HikariDataSource.class);
			active.put(source, pool.getHikariPoolMXBean().getActiveConnections());
		}
		return active;
	}

	/**
	 * Return the borrowed connections of pools that have lent out none.
	 * @return zero for each source
	 */
	static Map<String, Integer> noBorrowedConnections() {
		Map<String, Integer> none = new LinkedHashMap<>();
		RoutingPaths.SOURCES.forEach((source) -> none.put(source, 0));
		return none;
	}

	/**
	 * What one thread holds.
	 *
	 * @param thread the thread's name
	 * @param resources the resources bound by Spring's transaction support, as text
	 * @param synchronizationActive whether transaction synchronization is active
	 * @param source the current source, or {@code null}
	 */
	record ThreadState(String thread, Map<String, String> resources, boolean synchronizationActive, String source) {

		boolean isClean() {
			return this.resources.isEmpty() && !this.synchronizationActive && this.source == null;
		}

	}

}
