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

import java.util.concurrent.CompletableFuture;

import io.github.multids.DataSourceContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Writes the journal on another thread; it has no source of its own, so the write lands
 * on the caller's source.
 *
 * @author multids
 */
@Service
public class AsyncJournal {

	private final JdbcClient jdbcClient;

	public AsyncJournal(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	@Async
	public CompletableFuture<AsyncWrite> record(String marker) {
		this.jdbcClient.sql("insert into journal (marker) values (?)").param(marker).update();
		String source = DataSourceContext.current().orElse(null);
		return CompletableFuture.completedFuture(new AsyncWrite(Thread.currentThread().getName(), source));
	}

	@Async
	public CompletableFuture<String> currentSource() {
		return CompletableFuture.completedFuture(DataSourceContext.current().orElse(null));
	}

	/**
	 * The thread an asynchronous write ran on and the source current there.
	 *
	 * @param threadName the name of the thread
	 * @param source the current source on that thread, or {@code null}
	 */
	public record AsyncWrite(String threadName, String source) {

	}

}
