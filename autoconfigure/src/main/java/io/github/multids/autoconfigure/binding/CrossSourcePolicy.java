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
package io.github.multids.autoconfigure.binding;

import java.util.Locale;
import java.util.Set;

import io.github.multids.DataSourceConfigurationException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;

/**
 * What multids does when work inside a transaction on one source writes on another source
 * outside that transaction, from {@code multids.transactions.cross-source}.
 *
 * @author multids
 */
public enum CrossSourcePolicy {

	/**
	 * Log each call site that crosses once, at WARN.
	 */
	WARN,

	/**
	 * Refuse the work with a {@code CrossSourceTransactionException} before it runs.
	 */
	FAIL,

	/**
	 * Let the work pass silently; crossings are still counted.
	 */
	ALLOW;

	/**
	 * The prefix of the transaction settings.
	 */
	public static final String PREFIX = "multids.transactions";

	/**
	 * The property that holds the policy.
	 */
	public static final String PROPERTY = PREFIX + ".cross-source";

	private static final ConfigurationPropertyName PROPERTY_NAME = ConfigurationPropertyName.of(PROPERTY);

	/**
	 * Bind the policy, refusing a value that is not a policy and any other key under
	 * {@code multids.transactions}.
	 * @param environment the environment
	 * @return the policy, {@link #WARN} when not set
	 */
	public static CrossSourcePolicy bind(Environment environment) {
		for (ConfigurationPropertyName name : SourceEnvironment.of(environment, Set.of(PREFIX)).properties(PREFIX)) {
			if (!PROPERTY_NAME.equals(name)) {
				throw new DataSourceConfigurationException(
						"'" + name + "' is not a multids setting: under '" + PREFIX
								+ "' multids reads only 'cross-source'.",
						"Remove '" + name + "', or write '" + PROPERTY + "' (warn, fail or allow) if that was meant.");
			}
		}
		String value = Binder.get(environment).bind(PROPERTY, String.class).orElse("warn").trim();
		try {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new DataSourceConfigurationException(
					"'" + PROPERTY + "' is '" + value + "', which is not a policy for work that crosses from a"
							+ " transaction on one source to another source.",
					"Set '" + PROPERTY + "' to warn (the default: log each crossing once), fail (refuse it before"
							+ " it runs) or allow (let it pass silently).");
		}
	}

}
