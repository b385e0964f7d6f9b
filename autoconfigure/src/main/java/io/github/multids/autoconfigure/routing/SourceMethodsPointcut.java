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

import java.lang.reflect.Method;
import java.util.Set;

import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;

/**
 * Matches the methods of one bean class that run on one source, so that the other methods
 * of a routed bean run with no routing advice at all.
 *
 * @author multids
 */
final class SourceMethodsPointcut extends StaticMethodMatcherPointcut {

	private final Set<Method> methods;

	SourceMethodsPointcut(Set<Method> methods) {
		this.methods = Set.copyOf(methods);
	}

	@Override
	public boolean matches(Method method, Class<?> targetClass) {
		// The plan holds the class's methods, their bridges and the interface methods
		// they
		// implement; the most specific method of the target class covers what a proxy of
		// a
		// subclass passes in. Spring caches the answer per method, off the hot path.
		return this.methods.contains(method)
				|| this.methods.contains(AopUtils.getMostSpecificMethod(method, targetClass));
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof SourceMethodsPointcut that && this.methods.equals(that.methods));
	}

	@Override
	public int hashCode() {
		return this.methods.hashCode();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + ": " + this.methods;
	}

}
