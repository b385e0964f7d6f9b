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

import io.github.multids.SourceNote;
import io.github.multids.context.SourceStack;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Makes one source current while a method runs, popping it on the way out, on exception
 * too. Which methods it advises was decided at startup, by its advisor's pointcut. The
 * invocation goes on the stack with the source, so that a crossing out of a transaction
 * can name the method through which the work entered the source.
 *
 * @author multids
 */
final class SourceRoutingInterceptor implements MethodInterceptor {

	private final String source;

	private final boolean independent;

	SourceRoutingInterceptor(String source, boolean independent) {
		this.source = source;
		this.independent = independent;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		SourceStack stack = SourceStack.current();
		stack.push(this.source, invocation, this.independent);
		try {
			return invocation.proceed();
		}
		catch (Throwable ex) {
			SourceNote.attach(ex, this.source);
			throw ex;
		}
		finally {
			stack.pop();
		}
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " for source '" + this.source + "'"
				+ (this.independent ? " (independent)" : "");
	}

}
