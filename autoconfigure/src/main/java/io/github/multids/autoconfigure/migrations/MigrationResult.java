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
package io.github.multids.autoconfigure.migrations;

/**
 * What one command did on one target: a line of the command's output.
 *
 * @param target the target's name
 * @param succeeded whether the command succeeded on the target
 * @param summary what happened, without the target's name
 * @author multids
 */
public record MigrationResult(String target, boolean succeeded, String summary) {

	/**
	 * Return a successful result.
	 * @param target the target's name
	 * @param summary what happened
	 * @return the result
	 */
	public static MigrationResult success(String target, String summary) {
		return new MigrationResult(target, true, summary);
	}

	/**
	 * Return a failed result.
	 * @param target the target's name
	 * @param summary what went wrong
	 * @return the result
	 */
	public static MigrationResult failure(String target, String summary) {
		return new MigrationResult(target, false, summary);
	}

	/**
	 * Return the line the command prints.
	 * @return the line
	 */
	public String line() {
		return this.target + ": " + (this.succeeded ? "" : "FAILED ") + this.summary;
	}

}
