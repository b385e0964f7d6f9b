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

package com.acme.support;

import io.github.multids.DataSourceConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A failed startup: the exception that stopped it and everything printed during the test,
 * read as a user reads Spring Boot's failure report.
 *
 * @param exception the exception that stopped startup
 * @param output everything printed during the test
 * @author multids
 */
public record StartupFailure(RuntimeException exception, String output) {

	/**
	 * Return the multids exception in the cause chain.
	 * @return the exception with the description and the action
	 */
	public DataSourceConfigurationException cause() {
		for (Throwable cause = this.exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataSourceConfigurationException configurationException) {
				return configurationException;
			}
		}
		return fail("Expected a DataSourceConfigurationException in the cause chain of", this.exception);
	}

	/**
	 * Assert that the description contains every part and is printed under "Description:"
	 * in the failure report.
	 * @param parts the expected parts
	 */
	public void assertDescription(String... parts) {
		assertThat(cause().getMessage()).contains(parts);
		assertThat(report()).contains("Description:").contains(cause().getMessage());
	}

	/**
	 * Assert that the action contains every part, ignoring case, and is printed under
	 * "Action:" in the failure report.
	 * @param parts the expected parts
	 */
	public void assertAction(String... parts) {
		for (String part : parts) {
			assertThat(cause().getAction()).containsIgnoringCase(part);
		}
		assertThat(report()).contains("Action:").contains(cause().getAction());
	}

	private String report() {
		int start = this.output.lastIndexOf("APPLICATION FAILED TO START");
		assertThat(start).as("a failure analysis in the output:%n%s", this.output).isNotNegative();
		return this.output.substring(start);
	}

}
