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
package io.github.multids;

/**
 * Thrown, with {@code multids.transactions.cross-source=fail}, when work inside a
 * transaction on one source is about to take a connection of another source that the
 * transaction does not cover; it is thrown before any statement runs on that source.
 *
 * @author multids
 * @since 0.1.0
 */
public class CrossSourceTransactionException extends RuntimeException {

	private final String transactionSource;

	private final String targetSource;

	private final String callSite;

	public CrossSourceTransactionException(String message, String transactionSource, String targetSource,
			String callSite) {
		super(message);
		this.transactionSource = transactionSource;
		this.targetSource = targetSource;
		this.callSite = callSite;
	}

	/**
	 * Return the source of the transaction that was open.
	 * @return the source name
	 */
	public String getTransactionSource() {
		return this.transactionSource;
	}

	/**
	 * Return the source the work would have written to on its own.
	 * @return the source name
	 */
	public String getTargetSource() {
		return this.targetSource;
	}

	/**
	 * Return the application method through which the work entered the target source.
	 * @return the call site, as {@code class.method}
	 */
	public String getCallSite() {
		return this.callSite;
	}

}
