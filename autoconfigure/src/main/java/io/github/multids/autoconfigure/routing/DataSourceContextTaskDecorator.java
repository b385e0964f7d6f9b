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
package io.github.multids.autoconfigure.routing;

import io.github.multids.context.ReadMarks;
import io.github.multids.context.SourceStack;
import io.github.multids.context.TenantStack;

import org.springframework.core.task.TaskDecorator;

/**
 * Carries the caller's current source to tasks run by executors that Spring builds
 * ({@code @Async} methods included), and clears it when the task ends.
 *
 * @author multids
 */
public class DataSourceContextTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable runnable) {
		String source = SourceStack.current().peek();
		// The caller's writes on sources with replicas: the task reads as the caller
		// would
		String writes = ReadMarks.current().token();
		String tenant = TenantStack.current().peek();
		return () -> {
			SourceStack stack = SourceStack.current();
			String[] previous = stack.replace(source);
			TenantStack tenants = TenantStack.current();
			String[] previousTenants = tenants.replace(tenant);
			ReadMarks.Scope applied = writes.isEmpty() ? null : ReadMarks.current().apply(writes);
			try {
				runnable.run();
			}
			finally {
				if (applied != null) {
					applied.close();
				}
				tenants.restore(previousTenants);
				stack.restore(previous);
			}
		};
	}

}
