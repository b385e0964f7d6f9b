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

import java.util.function.Supplier;

import io.github.multids.CrossSourceTransactionException;
import io.github.multids.autoconfigure.binding.CrossSourcePolicy;
import io.github.multids.autoconfigure.jdbc.CallSites.CallSite;
import io.github.multids.context.SourceTransactions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Applies {@code multids.transactions.cross-source} when work inside a transaction on one
 * source writes on another source outside that transaction: counts it, then logs the call
 * site once, refuses the work, or lets it pass.
 *
 * @author multids
 */
public final class CrossSourceGuard implements SourceTransactions.Guard {

	/**
	 * The name of the guard bean.
	 */
	public static final String BEAN_NAME = "multidsCrossSourceGuard";

	private static final Log logger = LogFactory.getLog(CrossSourceGuard.class);

	private final CrossSourcePolicy policy;

	private final SourceCrossings crossings;

	private final Supplier<CrossingListener> listener;

	public CrossSourceGuard(CrossSourcePolicy policy, SourceCrossings crossings, Supplier<CrossingListener> listener) {
		this.policy = policy;
		this.crossings = crossings;
		this.listener = listener;
	}

	/**
	 * Return the guard of an application context, for its transaction managers.
	 * @param beanFactory the bean factory
	 * @return the guard
	 */
	public static CrossSourceGuard of(ListableBeanFactory beanFactory) {
		return beanFactory.getBean(BEAN_NAME, CrossSourceGuard.class);
	}

	/**
	 * Return the policy.
	 * @return the policy
	 */
	public CrossSourcePolicy policy() {
		return this.policy;
	}

	@Override
	public void crossed(String from, String to, boolean newTransaction) {
		CallSite callSite = CallSites.of(to);
		if (callSite.independent()) {
			return;
		}
		boolean first = this.crossings.record(callSite.name(), from, to);
		CrossingListener listener = this.listener.get();
		if (listener != null) {
			listener.crossed(from, to);
		}
		if (this.policy == CrossSourcePolicy.FAIL) {
			throw new CrossSourceTransactionException(describe(callSite, from, to, newTransaction)
					+ " It was refused because " + CrossSourcePolicy.PROPERTY + " is 'fail'. " + advice(to), from, to,
					callSite.name());
		}
		if (first && this.policy == CrossSourcePolicy.WARN && logger.isWarnEnabled()) {
			logger.warn(describe(callSite, from, to, newTransaction) + " " + advice(to)
					+ " (Logged once per call site; set " + CrossSourcePolicy.PROPERTY
					+ " to 'fail' to refuse such work, or 'allow' to silence this.)");
		}
	}

	private static String describe(CallSite callSite, String from, String to, boolean newTransaction) {
		String how = newTransaction ? "began a transaction of its own on source '" + to + "'"
				: "took a connection of source '" + to + "' in autocommit";
		return callSite.name() + " " + how + " inside a transaction on source '" + from + "': its writes on '" + to
				+ "' commit on their own and stay if the transaction on '" + from + "' rolls back.";
	}

	private static String advice(String to) {
		return "Write on one source per transaction, in order, and compensate on failure (or record the work in an"
				+ " outbox table on the same source and relay it); if the write is meant to be independent, mark the"
				+ " method @UseDataSource(value = \"" + to + "\", independent = true).";
	}

}
