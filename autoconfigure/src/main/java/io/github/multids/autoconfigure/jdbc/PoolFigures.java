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
package io.github.multids.autoconfigure.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * The figures of a source's pool at one moment, as health and the routing map report
 * them.
 *
 * @param active connections in use
 * @param idle idle connections
 * @param total open connections
 * @param max the maximum pool size
 * @param threadsAwaiting threads waiting for a connection
 * @author multids
 * @since 0.1.0
 */
public record PoolFigures(int active, int idle, int total, int max, int threadsAwaiting) {

	/**
	 * Read the figures of a pool; a pool that has not started yet has no connection.
	 * @param pool the pool
	 * @return the figures
	 */
	public static PoolFigures of(HikariDataSource pool) {
		HikariPoolMXBean bean = pool.getHikariPoolMXBean();
		if (bean == null) {
			return new PoolFigures(0, 0, 0, pool.getMaximumPoolSize(), 0);
		}
		return new PoolFigures(bean.getActiveConnections(), bean.getIdleConnections(), bean.getTotalConnections(),
				pool.getMaximumPoolSize(), bean.getThreadsAwaitingConnection());
	}

	/**
	 * Return the figures by name, in the order health reports them.
	 * @return the figures
	 */
	public Map<String, Object> asMap() {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("active", this.active);
		figures.put("idle", this.idle);
		figures.put("total", this.total);
		figures.put("max", this.max);
		figures.put("threadsAwaiting", this.threadsAwaiting);
		return figures;
	}

}
