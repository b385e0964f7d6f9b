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
 * How web requests carry read-your-writes from one request of a client to its next, bound
 * from `multids.read-your-writes.*`.
 *
 * @param carrier what carries the token
 * @param name the cookie's or header's name
 * @author multids
 */
public record ReadTokenSettings(Carrier carrier, String name) {

	/**
	 * The prefix of the settings.
	 */
	public static final String PREFIX = "multids.read-your-writes";

	private static final String CARRIER = PREFIX + ".carrier";

	private static final String NAME = PREFIX + ".name";

	/**
	 * The default name of the cookie or header.
	 */
	public static final String DEFAULT_NAME = "Multids-Read-After";

	/**
	 * What carries the token between a client's requests.
	 */
	public enum Carrier {

		/**
		 * A cookie, which browsers send back by themselves.
		 */
		COOKIE,

		/**
		 * A response header that the client sends back as a request header.
		 */
		HEADER,

		/**
		 * Nothing: read-your-writes holds within a thread only.
		 */
		NONE

	}

	/**
	 * Bind the settings, refusing an unknown key or carrier.
	 * @param environment the environment
	 * @param anyReplicas whether a source has replicas with read-your-writes on
	 * @return the settings
	 */
	public static ReadTokenSettings bind(Environment environment, boolean anyReplicas) {
		Set<ConfigurationPropertyName> known = Set.of(ConfigurationPropertyName.of(CARRIER),
				ConfigurationPropertyName.of(NAME));
		for (ConfigurationPropertyName name : SourceEnvironment.of(environment, Set.of(PREFIX)).properties(PREFIX)) {
			if (!known.contains(name)) {
				throw new DataSourceConfigurationException(
						"'" + name + "' is not a multids setting: under '" + PREFIX
								+ "' multids reads only 'carrier' and 'name'.",
						"Remove '" + name + "', or write '" + CARRIER + "' or '" + NAME + "' if that was meant.");
			}
			if (!anyReplicas) {
				throw new DataSourceConfigurationException(
						"'" + name + "' is set, but no source has replicas with read-your-writes on, so there is"
								+ " nothing to carry.",
						"Remove '" + name + "', or add replicas under 'datasources.<name>.replicas'.");
			}
		}
		Binder binder = Binder.get(environment);
		String carrier = binder.bind(CARRIER, String.class).orElse("cookie").trim();
		String name = binder.bind(NAME, String.class).orElse(DEFAULT_NAME).trim();
		if (name.isEmpty()
				|| !name.chars().allMatch((c) -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
			throw new DataSourceConfigurationException(
					"'" + NAME + "' is '" + name + "', which cannot name a cookie or header.",
					"Set '" + NAME + "' to a token such as " + DEFAULT_NAME + ".");
		}
		try {
			return new ReadTokenSettings(Carrier.valueOf(carrier.toUpperCase(Locale.ROOT)), name);
		}
		catch (IllegalArgumentException ex) {
			throw new DataSourceConfigurationException(
					"'" + CARRIER + "' is '" + carrier + "', which is not a carrier of read-your-writes.",
					"Set '" + CARRIER + "' to cookie (the default), header, or none (within a thread only).");
		}
	}

}
