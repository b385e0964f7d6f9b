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

/**
 * Thrown when a write of an order fails; says whether the writes before it were undone.
 *
 * @author multids
 */
public class OrderNotPlacedException extends RuntimeException {

	private final String failedSource;

	private final boolean undone;

	OrderNotPlacedException(String failedSource, boolean undone, RuntimeException cause) {
		super("The order was not placed: the write on '" + failedSource + "' failed"
				+ (undone ? ", and the writes before it were undone."
						: ", and some writes before it could not be undone" + " (the log names them)."),
				cause);
		this.failedSource = failedSource;
		this.undone = undone;
	}

	/**
	 * Return the source whose write failed.
	 * @return the source name
	 */
	public String getFailedSource() {
		return this.failedSource;
	}

	/**
	 * Return whether every earlier write of the request was undone.
	 * @return whether nothing of the request is left in any database
	 */
	public boolean isUndone() {
		return this.undone;
	}

}
