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
package io.github.multids.autoconfigure;

import io.github.multids.autoconfigure.binding.CrossSourcePolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Describes {@code multids.transactions.*} for IDE completion; the guard binds it at
 * startup and refuses any other key under that prefix.
 *
 * @author multids
 * @since 0.1.0
 */
@ConfigurationProperties("multids.transactions")
public class MultidsTransactionsProperties {

	/**
	 * What to do when work inside a transaction on one source writes on another source
	 * outside that transaction (autocommit, or a new transaction there, REQUIRES_NEW
	 * included): warn logs each call site once, fail refuses the work before it runs,
	 * allow lets it pass silently.
	 */
	private CrossSourcePolicy crossSource = CrossSourcePolicy.WARN;

	public CrossSourcePolicy getCrossSource() {
		return this.crossSource;
	}

	public void setCrossSource(CrossSourcePolicy crossSource) {
		this.crossSource = crossSource;
	}

}
