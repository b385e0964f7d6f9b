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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.multids.autoconfigure.binding.JdbcUrls;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Which sources could be reached when the application started. A critical source that
 * cannot be reached fails startup; an optional one starts offline, and what it must do at
 * startup (migrations, then scripts) runs in that order once its database is back.
 *
 * @author multids
 */
public final class StartupConnectivity implements DisposableBean {

	private static final Log logger = LogFactory.getLog(StartupConnectivity.class);

	private static final long RETRY_SECONDS = 5;

	private final Map<String, Boolean> reachable = new ConcurrentHashMap<>();

	private final Map<String, Deferred> deferred = new ConcurrentHashMap<>();

	void record(String name, boolean reachable) {
		this.reachable.put(name, reachable);
	}

	/**
	 * Return whether the source's database answered at startup.
	 * @param name the source name
	 * @return false only for an optional source that was down
	 */
	public boolean isReachable(String name) {
		return this.reachable.getOrDefault(name, true);
	}

	/**
	 * Run startup work of an optional source that was down once its database is back,
	 * after the work deferred before it, retrying every few seconds.
	 * @param name the source name
	 * @param what the work, as the subject of a sentence ("Migrations")
	 * @param work the work
	 */
	public void whenBack(String name, String what, Runnable work) {
		logger.warn(what + " of optional source '" + name + "' will run when its database is back");
		this.deferred.computeIfAbsent(name, Deferred::new).add(what, work);
	}

	@Override
	public void destroy() {
		this.deferred.values().forEach(Deferred::stop);
	}

	/**
	 * The deferred work of one source, run in order on one thread.
	 */
	private static final class Deferred {

		private final String name;

		private final Deque<Map.Entry<String, Runnable>> work = new ArrayDeque<>();

		private final ScheduledExecutorService retries;

		Deferred(String name) {
			this.name = name;
			this.retries = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "multids-when-back-" + name);
				thread.setDaemon(true);
				return thread;
			});
			this.retries.scheduleWithFixedDelay(this::runWhenBack, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
		}

		synchronized void add(String what, Runnable work) {
			this.work.add(Map.entry(what, work));
		}

		private synchronized void runWhenBack() {
			while (!this.work.isEmpty()) {
				Map.Entry<String, Runnable> next = this.work.peek();
				try {
					next.getValue().run();
				}
				catch (RuntimeException ex) {
					logger.debug("Source '" + this.name + "' still unreachable: " + JdbcUrls.mask(ex.getMessage()));
					return;
				}
				logger
					.info(next.getKey() + " of optional source '" + this.name + "' ran now that its database is back");
				this.work.poll();
			}
		}

		void stop() {
			this.retries.shutdownNow();
		}

	}

}
