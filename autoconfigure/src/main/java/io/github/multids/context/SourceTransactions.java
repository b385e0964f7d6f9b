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
package io.github.multids.context;

import java.util.Arrays;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The transactions that the source transaction managers opened on this thread, innermost
 * last, so that a connection of another source taken inside one of them (work that the
 * transaction does not cover) is noticed. Internal.
 * <p>
 * When no transaction is open the check on a connection is this thread-local read and a
 * comparison; everything else happens only when a crossing is found.
 *
 * @author multids
 */
public final class SourceTransactions {

	private static final ThreadLocal<SourceTransactions> OPEN = ThreadLocal.withInitial(SourceTransactions::new);

	private @Nullable Object[] transactions = new Object[4];

	private @Nullable String[] sources = new String[4];

	private @Nullable Guard[] guards = new Guard[4];

	private boolean[] spanning = new boolean[4];

	// The tenant each transaction of a tenant source serves, null on other sources
	private @Nullable String[] tenants = new String[4];

	private int depth;

	private boolean spanningNext;

	private SourceTransactions() {
	}

	/**
	 * Note that a connection of a source is about to be taken on this thread.
	 * @param source the source whose pool hands out the connection
	 */
	public static void connectionTaken(String source) {
		SourceTransactions open = OPEN.get();
		if (open.depth != 0) {
			open.checkConnection(source);
		}
	}

	/**
	 * Note that a transaction manager is about to begin a new transaction on a source,
	 * letting the guard of an enclosing transaction on another source refuse it.
	 * @param source the source of the transaction manager
	 * @param transaction the transaction object, to find it again when it ends
	 * @param readOnly whether the new transaction is read-only
	 * @param guard what decides on a crossing out of this transaction
	 */
	private void beginning(String source, Object transaction, boolean readOnly, Guard guard) {
		boolean spanning = this.spanningNext;
		this.spanningNext = false;
		if (this.depth != 0 && !spanning && !readOnly && !source.equals(this.sources[this.depth - 1])) {
			int from = enclosing(source);
			if (from >= 0) {
				this.guards[from].crossed(this.sources[from], source, true);
			}
		}
		push(source, transaction, guard, spanning);
	}

	/**
	 * Forget a transaction that ended (or failed to begin).
	 * @param transaction the transaction object given to
	 * {@link #begin(String, Object, boolean, Guard, Runnable)}
	 */
	private void ended(Object transaction) {
		for (int i = this.depth - 1; i >= 0; i--) {
			if (this.transactions[i] == transaction) {
				int after = this.depth - i - 1;
				System.arraycopy(this.transactions, i + 1, this.transactions, i, after);
				System.arraycopy(this.sources, i + 1, this.sources, i, after);
				System.arraycopy(this.guards, i + 1, this.guards, i, after);
				System.arraycopy(this.spanning, i + 1, this.spanning, i, after);
				System.arraycopy(this.tenants, i + 1, this.tenants, i, after);
				this.depth--;
				this.tenants[this.depth] = null;
				this.transactions[this.depth] = null;
				this.guards[this.depth] = null;
				this.sources[this.depth] = null;
				return;
			}
		}
	}

	/**
	 * Begin a transaction of a source's transaction manager, open on this thread until
	 * {@link #completed} is called for it; forgotten again when beginning fails.
	 * @param source the source name
	 * @param transaction the transaction object
	 * @param readOnly whether the transaction is read-only
	 * @param guard what to do when the transaction crosses from another source
	 * @param begin begins the transaction
	 */
	public static void begin(String source, Object transaction, boolean readOnly, Guard guard, Runnable begin) {
		SourceTransactions open = OPEN.get();
		open.beginning(source, transaction, readOnly, guard);
		try {
			begin.run();
		}
		catch (RuntimeException | Error ex) {
			open.ended(transaction);
			throw ex;
		}
	}

	/**
	 * Clean up after a transaction of a source's transaction manager and forget it.
	 * @param transaction the transaction object
	 * @param cleanup cleans up after the transaction
	 */
	public static void completed(Object transaction, Runnable cleanup) {
		try {
			cleanup.run();
		}
		finally {
			OPEN.get().ended(transaction);
		}
	}

	/**
	 * Begin transactions that deliberately span several sources (a test-managed
	 * transaction on every source): they are not crossings.
	 * @param <T> the result type
	 * @param begin begins one transaction
	 * @return its result
	 */
	public static <T> T spanning(Supplier<T> begin) {
		SourceTransactions open = OPEN.get();
		open.spanningNext = true;
		try {
			return begin.get();
		}
		finally {
			open.spanningNext = false;
		}
	}

	/**
	 * Refuse to make a tenant current while a transaction of a tenant source serves
	 * another tenant on this thread: its connection (and EntityManager) would serve the
	 * new tenant's work from the other tenant's database.
	 * @param tenant the tenant about to become current
	 * @throws IllegalStateException inside such a transaction
	 */
	public static void checkTenant(String tenant) {
		SourceTransactions open = OPEN.get();
		for (int i = 0; i < open.depth; i++) {
			String serving = open.tenants[i];
			if (serving != null && !serving.equals(tenant)) {
				throw new IllegalStateException("Tenant '" + tenant + "' cannot become current inside a transaction"
						+ " of tenant source '" + open.sources[i] + "' that serves tenant '" + serving + "': its"
						+ " connection would serve '" + tenant + "' from the database of '" + serving
						+ "'. Switch tenants outside that transaction.");
			}
		}
	}

	private void checkConnection(String source) {
		for (int i = 0; i < this.depth; i++) {
			// Joins, or is taken by, a transaction of its own source
			if (source.equals(this.sources[i])) {
				return;
			}
		}
		int from = enclosing(source);
		if (from >= 0) {
			this.guards[from].crossed(this.sources[from], source, false);
		}
	}

	// The innermost transaction on another source that is not a spanning test transaction
	private int enclosing(String source) {
		for (int i = this.depth - 1; i >= 0; i--) {
			if (!this.spanning[i] && !source.equals(this.sources[i])) {
				return i;
			}
		}
		return -1;
	}

	private void push(String source, Object transaction, Guard guard, boolean spanning) {
		if (this.depth == this.transactions.length) {
			int length = this.depth * 2;
			this.transactions = Arrays.copyOf(this.transactions, length);
			this.sources = Arrays.copyOf(this.sources, length);
			this.guards = Arrays.copyOf(this.guards, length);
			this.spanning = Arrays.copyOf(this.spanning, length);
			this.tenants = Arrays.copyOf(this.tenants, length);
		}
		this.tenants[this.depth] = LiveTenants.isTenantSource(source) ? TenantStack.current().peek() : null;
		this.transactions[this.depth] = transaction;
		this.sources[this.depth] = source;
		this.guards[this.depth] = guard;
		this.spanning[this.depth++] = spanning;
	}

	/**
	 * Decides what happens when work crosses from a transaction on one source to another
	 * source: log it, refuse it, or let it pass.
	 */
	@FunctionalInterface
	public interface Guard {

		/**
		 * Called when work inside a transaction on one source takes a connection of
		 * another source outside any transaction of its own there, or begins a new
		 * transaction there.
		 * @param from the source of the enclosing transaction
		 * @param to the source the work runs on
		 * @param newTransaction whether the work begins a new transaction on that source
		 * (else it runs in autocommit)
		 */
		void crossed(String from, String to, boolean newTransaction);

	}

}
