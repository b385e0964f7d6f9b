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

/**
 * Thrown at startup for a configuration mistake; its message names the property, source
 * or class at fault and {@link #getAction()} says how to fix it.
 *
 * @author multids
 * @since 0.1.0
 */
public class DataSourceConfigurationException extends RuntimeException {

	private final String action;

	public DataSourceConfigurationException(String description, String action) {
		this(description, action, null);
	}

	public DataSourceConfigurationException(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	/**
	 * Return what the user should do to fix the mistake.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
