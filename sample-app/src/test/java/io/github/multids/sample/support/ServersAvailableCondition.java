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

package io.github.multids.sample.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Checks the servers before the Spring context loads, so that a missing server skips the
 * test class, or fails it under CI, with a message that says what to do.
 *
 * @author multids
 */
class ServersAvailableCondition implements ExecutionCondition, BeforeAllCallback {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try {
			checkServers();
			return ConditionEvaluationResult.enabled("PostgreSQL and MySQL/MariaDB are reachable");
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
		checkServers();
	}

	private void checkServers() {
		for (Vendor vendor : Vendor.values()) {
			ServerDatabases.server(vendor);
		}
	}

}
