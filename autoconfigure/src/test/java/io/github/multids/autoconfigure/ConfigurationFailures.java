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
package io.github.multids.autoconfigure;

import io.github.multids.DataSourceConfigurationException;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration mistake a context failed to start on.
 *
 * @author multids
 */
public final class ConfigurationFailures {

	private ConfigurationFailures() {
	}

	/**
	 * Return the {@link DataSourceConfigurationException} in the cause chain of the
	 * context's startup failure.
	 * @param context the context, which must have failed
	 * @return the exception
	 */
	public static DataSourceConfigurationException of(AssertableApplicationContext context) {
		Throwable failure = context.getStartupFailure();
		assertThat(failure).as("startup failure").isNotNull();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataSourceConfigurationException configurationException) {
				return configurationException;
			}
		}
		throw new AssertionError("Expected a DataSourceConfigurationException in the cause chain of " + failure,
				failure);
	}

}
