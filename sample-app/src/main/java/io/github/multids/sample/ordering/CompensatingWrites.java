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

package io.github.multids.sample.ordering;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A sequence of writes on different sources, each committed in its own transaction, that
 * undoes the committed ones, newest first, when a later one fails.
 *
 * @author multids
 */
final class CompensatingWrites {

	private static final Log logger = LogFactory.getLog(CompensatingWrites.class);

	private final Deque<Undo> done = new ArrayDeque<>();

	/**
	 * Run one write; when it fails, undo the earlier ones and throw.
	 * @param <T> what the write returns
	 * @param source the source written, for messages
	 * @param write the write, committed when it returns
	 * @param undo how to undo it, given what it returned
	 * @return what the write returned
	 * @throws OrderNotPlacedException if the write fails
	 */
	<T> T write(String source, Supplier<T> write, Consumer<T> undo) {
		T result;
		try {
			result = write.get();
		}
		catch (RuntimeException ex) {
			throw new OrderNotPlacedException(source, undoAll(source, ex), ex);
		}
		this.done.push(new Undo(source + " " + result, () -> undo.accept(result)));
		return result;
	}

	private boolean undoAll(String source, RuntimeException failure) {
		logger.warn("Write on '" + source + "' failed (" + failure + "); undoing " + this.done.size()
				+ " earlier write(s)");
		boolean undone = true;
		while (!this.done.isEmpty()) {
			undone &= this.done.pop().run(failure);
		}
		return undone;
	}

	/**
	 * How to undo one committed write.
	 *
	 * @param description what was written, for the log
	 * @param action the undo
	 */
	private record Undo(String description, Runnable action) {

		boolean run(RuntimeException failure) {
			try {
				this.action.run();
				return true;
			}
			catch (RuntimeException ex) {
				failure.addSuppressed(ex);
				logger.error(
						"Could not undo the write of " + this.description + "; it is left behind, remove it by hand",
						ex);
				return false;
			}
		}

	}

}
