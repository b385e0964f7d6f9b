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

package io.github.multids.test;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Checks the database servers before the Spring context loads, so that a missing server
 * skips the test class, or fails it under CI, with a message that says what to do.
 * <p>
 * Subclasses may prepare more than the servers, such as their module's databases, by
 * overriding {@link #requireDatabases()}.
 *
 * @author multids
 */
public class DatabaseServersCondition implements ExecutionCondition, BeforeAllCallback {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try {
			requireDatabases();
			return ConditionEvaluationResult.enabled("test databases are ready");
		}
		catch (TestAbortedException ex) {
			return ConditionEvaluationResult.disabled(ex.getMessage());
		}
		catch (RuntimeException ex) {
			// Reported as a failure by beforeAll.
			return ConditionEvaluationResult.enabled(ex.getMessage());
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		requireDatabases();
	}

	/**
	 * Locate every server, or prepare what the test class needs on them.
	 * @throws TestAbortedException when a server is missing outside CI and without Docker
	 * @throws RuntimeException when a server is missing under CI
	 */
	protected void requireDatabases() {
		for (Vendor vendor : Vendor.values()) {
			DatabaseServers.get(vendor);
		}
	}

}
