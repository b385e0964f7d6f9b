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
package io.github.multids.benchmarks.multids;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction on {@code other}, open on the benchmark thread for each iteration, so
 * that every borrow in it goes through the cross-source check with a transaction open.
 *
 * @author multids
 */
@State(Scope.Thread)
public class OtherTransaction {

	private MultidsState app;

	private TransactionStatus status;

	@Setup(Level.Iteration)
	public void begin(MultidsState app) {
		this.app = app;
		this.status = app.otherTransactionManager.getTransaction(new DefaultTransactionDefinition());
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("No transaction on other on the benchmark thread");
		}
	}

	@TearDown(Level.Iteration)
	public void end() {
		this.app.otherTransactionManager.rollback(this.status);
	}

}
