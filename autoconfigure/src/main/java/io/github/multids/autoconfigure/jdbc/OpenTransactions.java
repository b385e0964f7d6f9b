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

import java.util.Arrays;

import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

/**
 * The transactions the routing transaction manager started on this thread and the source
 * transaction manager of each, so that each completes on the manager that started it,
 * whichever source is current by then.
 * <p>
 * Transactions on one thread complete in the reverse order they started, so the lookup
 * starts at the innermost one.
 *
 * @author multids
 */
final class OpenTransactions {

	private static final ThreadLocal<OpenTransactions> OPEN = ThreadLocal.withInitial(OpenTransactions::new);

	private TransactionStatus[] statuses = new TransactionStatus[4];

	private PlatformTransactionManager[] managers = new PlatformTransactionManager[4];

	private int depth;

	private OpenTransactions() {
	}

	static void opened(TransactionStatus status, PlatformTransactionManager manager) {
		OPEN.get().push(status, manager);
	}

	static PlatformTransactionManager completing(TransactionStatus status) {
		return OPEN.get().remove(status);
	}

	private void push(TransactionStatus status, PlatformTransactionManager manager) {
		// A status that the application never completed must not pile up
		while (this.depth > 0 && this.statuses[this.depth - 1].isCompleted()) {
			clear(--this.depth);
		}
		if (this.depth == this.statuses.length) {
			this.statuses = Arrays.copyOf(this.statuses, this.depth * 2);
			this.managers = Arrays.copyOf(this.managers, this.depth * 2);
		}
		this.statuses[this.depth] = status;
		this.managers[this.depth++] = manager;
	}

	private PlatformTransactionManager remove(TransactionStatus status) {
		for (int i = this.depth - 1; i >= 0; i--) {
			if (this.statuses[i] == status) {
				PlatformTransactionManager manager = this.managers[i];
				System.arraycopy(this.statuses, i + 1, this.statuses, i, this.depth - i - 1);
				System.arraycopy(this.managers, i + 1, this.managers, i, this.depth - i - 1);
				clear(--this.depth);
				return manager;
			}
		}
		throw new IllegalTransactionStateException(
				"The transaction was not started by the routing transactionManager on this thread");
	}

	private void clear(int index) {
		this.statuses[index] = null;
		this.managers[index] = null;
	}

}
