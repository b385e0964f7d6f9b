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

import java.util.concurrent.Callable;

import io.github.multids.context.ReadMarks;
import org.jspecify.annotations.Nullable;

/**
 * Read-your-writes across threads, requests and processes. After a thread commits a write
 * on a source with replicas, its reads there are served by a replica only once that
 * replica has replayed the write, otherwise by the primary. Within a thread this needs
 * nothing; web requests carry it in a cookie or header (see
 * {@code multids.read-your-writes.*}). Other code carries it by hand:
 *
 * <pre class="code">
 * String token = ReadYourWrites.token();        // after the write, e.g. into a message
 * ReadYourWrites.run(token, () -&gt; service.show(id)); // elsewhere: reads see the write
 * </pre>
 *
 * @author multids
 */
public final class ReadYourWrites {

	private ReadYourWrites() {
	}

	/**
	 * Return a token of this thread's writes on sources with replicas.
	 * @return the token, empty when this thread wrote on none
	 */
	public static String token() {
		return ReadMarks.current().token();
	}

	/**
	 * Run an action whose reads see the writes of a token as well as this thread's own.
	 * The token's writes no longer apply after the action; writes the action makes stay
	 * this thread's.
	 * @param token a token from {@link #token()}; {@code null} or empty adds nothing
	 * @param action the action
	 */
	public static void run(@Nullable String token, Runnable action) {
		try (ReadMarks.Scope applied = ReadMarks.current().apply(token)) {
			action.run();
		}
	}

	/**
	 * Call a callable whose reads see the writes of a token as well as this thread's own.
	 * @param <T> the result type
	 * @param token a token from {@link #token()}; {@code null} or empty adds nothing
	 * @param callable the callable
	 * @return the callable's result
	 * @throws Exception the callable's exception, unchanged
	 */
	public static <T> T call(@Nullable String token, Callable<T> callable) throws Exception {
		try (ReadMarks.Scope applied = ReadMarks.current().apply(token)) {
			return callable.call();
		}
	}

}
