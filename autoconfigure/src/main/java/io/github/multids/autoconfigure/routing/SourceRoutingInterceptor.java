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

import io.github.multids.context.SourceStack;
import java.lang.reflect.Method;
import java.util.Map;

import io.github.multids.SourceNote;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Makes a bean's source current while its methods run, popping it on the way out, on
 * exception too. The source of each method was decided at startup.
 *
 * @author multids
 */
abstract sealed class SourceRoutingInterceptor implements MethodInterceptor {

	/**
	 * Return an interceptor for a bean whose methods all use one source, or a map of
	 * methods that use another.
	 * @param classSource the source of the class, may be {@code null}
	 * @param methodSources the methods whose source differs from the class's
	 * @return the interceptor
	 */
	static SourceRoutingInterceptor of(String classSource, Map<Method, String> methodSources) {
		return methodSources.isEmpty() ? new Fixed(classSource) : new PerMethod(classSource, methodSources);
	}

	abstract String sourceOf(Method method);

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		String source = sourceOf(invocation.getMethod());
		if (source == null) {
			return invocation.proceed();
		}
		SourceStack stack = SourceStack.current();
		stack.push(source);
		try {
			return invocation.proceed();
		}
		catch (Throwable ex) {
			SourceNote.attach(ex, source);
			throw ex;
		}
		finally {
			stack.pop();
		}
	}

	/**
	 * One source for every method.
	 */
	static final class Fixed extends SourceRoutingInterceptor {

		private final String source;

		Fixed(String source) {
			this.source = source;
		}

		@Override
		String sourceOf(Method method) {
			return this.source;
		}

	}

	/**
	 * A source per method, from a map fixed at startup.
	 */
	static final class PerMethod extends SourceRoutingInterceptor {

		private final String classSource;

		private final Map<Method, String> methodSources;

		PerMethod(String classSource, Map<Method, String> methodSources) {
			this.classSource = classSource;
			this.methodSources = Map.copyOf(methodSources);
		}

		@Override
		String sourceOf(Method method) {
			String source = this.methodSources.get(method);
			return (source != null) ? source : this.classSource;
		}

	}

}
