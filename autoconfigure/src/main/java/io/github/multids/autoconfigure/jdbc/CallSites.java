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

import java.util.List;
import java.util.Optional;

import io.github.multids.DataSourceContext;
import io.github.multids.context.SourceStack;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.util.ClassUtils;

/**
 * Finds the application method through which work entered a source: the routed method or
 * repository that pushed it, the caller of {@code DataSourceContext}, else the innermost
 * application frame. Only called once a crossing is found.
 *
 * @author multids
 */
final class CallSites {

	private static final List<String> FRAMEWORK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.",
			"org.springframework.", "org.aopalliance.", "org.hibernate.", "com.zaxxer.hikari.",
			"io.github.multids.autoconfigure.", "io.github.multids.context.");

	private static final StackWalker WALKER = StackWalker.getInstance();

	private CallSites() {
	}

	/**
	 * Find where the current work entered the source.
	 * @param source the source the work runs on
	 * @return the call site
	 */
	static CallSite of(String source) {
		SourceStack stack = SourceStack.current();
		int level = stack.depth() - 1;
		if (level < 0 || !source.equals(stack.nameAt(level))) {
			return new CallSite(applicationFrame(false), false);
		}
		boolean independent = stack.isIndependentAt(level);
		while (level > 0 && source.equals(stack.nameAt(level - 1))) {
			level--;
			independent |= stack.isIndependentAt(level);
		}
		String name = (stack.siteAt(level) instanceof MethodInvocation invocation) ? describe(invocation)
				: applicationFrame(true);
		return new CallSite(name, independent);
	}

	private static String describe(MethodInvocation invocation) {
		Object target = invocation.getThis();
		Class<?> type = (target != null) ? ClassUtils.getUserClass(target) : invocation.getMethod().getDeclaringClass();
		if (type.getName().startsWith("org.springframework.") && invocation instanceof ProxyMethodInvocation proxied) {
			// A repository: name its interface rather than Spring Data's implementation
			for (Class<?> ifc : proxied.getProxy().getClass().getInterfaces()) {
				if (!isFramework(ifc.getName())) {
					type = ifc;
					break;
				}
			}
		}
		return type.getName() + "." + invocation.getMethod().getName();
	}

	// The caller of DataSourceContext.run/call, else the innermost application frame
	private static String applicationFrame(boolean callerOfContext) {
		String context = DataSourceContext.class.getName();
		Optional<StackWalker.StackFrame> frame = WALKER.walk((frames) -> {
			var stream = frames;
			if (callerOfContext) {
				stream = stream.dropWhile((candidate) -> !candidate.getClassName().equals(context))
					.dropWhile((candidate) -> candidate.getClassName().equals(context));
			}
			return stream.filter((candidate) -> !isFramework(candidate.getClassName())).findFirst();
		});
		return frame.map(CallSites::describe).orElse("(unknown)");
	}

	private static String describe(StackWalker.StackFrame frame) {
		String method = frame.getMethodName();
		// lambda$place$0 is the lambda in place()
		if (method.startsWith("lambda$")) {
			int end = method.indexOf('$', 7);
			method = method.substring(7, (end > 7) ? end : method.length());
		}
		return frame.getClassName() + "." + method;
	}

	private static boolean isFramework(String className) {
		if (className.contains("$$") || className.equals(DataSourceContext.class.getName())) {
			return true;
		}
		for (String prefix : FRAMEWORK) {
			if (className.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where work entered a source.
	 *
	 * @param name the method, as {@code class.method}
	 * @param independent whether the method declared its work independent
	 */
	record CallSite(String name, boolean independent) {
	}

}
