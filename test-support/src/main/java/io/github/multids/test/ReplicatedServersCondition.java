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

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks the replication of the tests ({@link ReplicatedServers}) before the test class
 * runs, so that it is skipped, or failed under CI, with a message that says what to do;
 * after each test, resumes and starts again every replica the test left paused or
 * stopped.
 *
 * @author multids
 */
public class ReplicatedServersCondition extends DatabaseServersCondition implements AfterEachCallback {

	@Override
	protected void requireDatabases() {
		for (Vendor vendor : Vendor.values()) {
			ReplicatedServers.get(vendor);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		ReplicatedServers.located().forEach(Replication::undoOutages);
	}

}
