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

package com.acme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A distinctive password that the reliability tests configure, and the checks that it
 * never shows.
 *
 * @author multids
 */
final class Secrets {

	/**
	 * A password no log line, message or endpoint could contain by chance.
	 */
	static final String PASSWORD = "Zq7-multids-Secret-4Xv";

	private Secrets() {
	}

	/**
	 * Assert that the text does not contain the password.
	 * @param what what the text is, for the failure message
	 * @param text the text
	 */
	static void assertAbsent(String what, String text) {
		assertThat(String.valueOf(text)).as("%s must not show the password", what).doesNotContain(PASSWORD);
	}

	/**
	 * Assert that no message in the cause chain contains the password.
	 * @param failure the failure
	 */
	static void assertAbsentFromCauseChain(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			assertAbsent(cause.getClass().getName() + "'s message", cause.getMessage());
			assertAbsent(cause.getClass().getName() + "'s description", cause.toString());
		}
	}

}
