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

/**
 * Attached as a suppressed exception to a failure that left a method or
 * {@link DataSourceContext} block while a source was current, so that every such failure
 * names its source, even when the driver's own message does not (a connection cut
 * mid-statement, say). The failure itself is rethrown unchanged.
 *
 * @author multids
 * @since 0.1.0
 */
public final class SourceNote extends RuntimeException {

	private final String source;

	private SourceNote(String source) {
		super("Failed while source '" + source + "' was current", null, false, false);
		this.source = source;
	}

	/**
	 * Return the source that was current when the failure happened.
	 * @return the source name
	 */
	public String getSource() {
		return this.source;
	}

	/**
	 * Note the source on a failure, unless a deeper frame already noted one.
	 * @param failure the failure
	 * @param source the current source
	 */
	public static void attach(Throwable failure, String source) {
		if (find(failure).isEmpty()) {
			failure.addSuppressed(new SourceNote(source));
		}
	}

	/**
	 * Return the source noted on a failure or on one of its causes.
	 * @param failure the failure
	 * @return the source, if one was noted
	 */
	public static Optional<String> find(Throwable failure) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			for (Throwable suppressed : candidate.getSuppressed()) {
				if (suppressed instanceof SourceNote note) {
					return Optional.of(note.source);
				}
			}
			if (candidate.getCause() == candidate) {
				break;
			}
		}
		return Optional.empty();
	}

}
