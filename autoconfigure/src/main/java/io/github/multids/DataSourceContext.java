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

import java.util.Optional;
import java.util.concurrent.Callable;

import io.github.multids.context.LiveSources;
import io.github.multids.context.SourceStack;
import org.jspecify.annotations.Nullable;

/**
 * The current source of this thread: a stack that assigned beans and these methods push
 * and pop. The routing {@code dataSource} and {@code transactionManager} follow its top,
 * else the default source.
 *
 * @author multids
 * @since 0.1.0
 */
public final class DataSourceContext {

	private DataSourceContext() {
	}

	/**
	 * Run the action with the named source current, restoring the previous one after.
	 * @param name the source name
	 * @param action the action to run
	 * @throws UnknownDataSourceException if no source has that name
	 * @see SourceNote
	 */
	public static void run(String name, Runnable action) {
		SourceStack stack = SourceStack.current();
		stack.push(requireLive(name));
		try {
			action.run();
		}
		catch (RuntimeException | Error ex) {
			SourceNote.attach(ex, name);
			throw ex;
		}
		finally {
			stack.pop();
		}
	}

	/**
	 * Call the callable with the named source current, restoring the previous one after.
	 * @param <T> the result type
	 * @param name the source name
	 * @param callable the callable
	 * @return the callable's result
	 * @throws UnknownDataSourceException if no source has that name
	 * @throws Exception the callable's exception, unchanged
	 */
	public static <T> T call(String name, Callable<T> callable) throws Exception {
		SourceStack stack = SourceStack.current();
		stack.push(requireLive(name));
		try {
			return callable.call();
		}
		catch (Exception | Error ex) {
			SourceNote.attach(ex, name);
			throw ex;
		}
		finally {
			stack.pop();
		}
	}

	/**
	 * Return the source current on this thread, empty when none was pushed.
	 * @return the current source name, if any
	 */
	public static Optional<String> current() {
		return Optional.ofNullable(SourceStack.current().peek());
	}

	private static String requireLive(@Nullable String name) {
		if (name == null || !LiveSources.isLive(name)) {
			throw new UnknownDataSourceException(String.valueOf(name), LiveSources.knownNames());
		}
		return name;
	}

}
