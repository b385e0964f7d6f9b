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
package io.github.multids.benchmarks.replicas;

import java.sql.SQLException;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running {@link ReplicaApplication}: a read-only and a read-write transaction
 * template and the {@code JdbcClient} of each source. Setup checks that a read-only
 * transaction on a source with replicas reads the replica's row, and a read-write one the
 * primary's.
 *
 * @author multids
 */
@State(Scope.Benchmark)
public class ReplicaState {

	private ConfigurableApplicationContext context;

	/**
	 * Work on the source without replicas.
	 */
	public Source plain;

	/**
	 * Work on the source with a replica and read-your-writes on.
	 */
	public Source replicated;

	/**
	 * Work on the source with a replica and read-your-writes off.
	 */
	public Source unmarked;

	@Setup
	public void start() throws SQLException {
		this.context = ReplicaApplication.start();
		this.plain = new Source(this.context, "plain");
		this.replicated = new Source(this.context, "replicated");
		this.unmarked = new Source(this.context, "unmarked");
		expect(this.plain.read(), "plain");
		expect(this.plain.write(), "plain");
		expect(this.unmarked.read(), "unmarked_r1");
		expect(this.unmarked.write(), "unmarked");
		expect(this.replicated.write(), "replicated");
		// After a write this thread reads from the primary until the replica (whose
		// position is not known on H2) counts as past it; the benchmark threads read
		// without writing first
		Thread reader = new Thread(() -> expect(this.replicated.read(), "replicated_r1"));
		reader.start();
		try {
			reader.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void expect(String actual, String expected) {
		if (!expected.equals(actual)) {
			throw new IllegalStateException("Expected the row of '" + expected + "' but read '" + actual + "'");
		}
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

	/**
	 * One source's transactions.
	 */
	public static final class Source {

		private final TransactionTemplate readOnly;

		private final TransactionTemplate readWrite;

		private final JdbcClient client;

		Source(ConfigurableApplicationContext context, String name) {
			PlatformTransactionManager transactionManager = context.getBean(name + "TransactionManager",
					PlatformTransactionManager.class);
			this.readOnly = new TransactionTemplate(transactionManager);
			this.readOnly.setReadOnly(true);
			this.readWrite = new TransactionTemplate(transactionManager);
			this.client = context.getBean(name + "JdbcClient", JdbcClient.class);
		}

		/**
		 * Read the row in a read-only transaction.
		 * @return the name in it
		 */
		public String read() {
			return this.readOnly.execute((status) -> query());
		}

		/**
		 * Read the row in a read-write transaction (which counts as a write).
		 * @return the name in it
		 */
		public String write() {
			return this.readWrite.execute((status) -> query());
		}

		private String query() {
			return this.client.sql("select name from whoami").query(String.class).single();
		}

	}

}
