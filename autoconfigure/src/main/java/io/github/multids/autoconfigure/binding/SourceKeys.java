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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.multids.DataSourceConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;

/**
 * The keys a group of settings accepts, each because some code applies it, and the keys
 * it refuses with the reason, so that every key a user writes is applied or fails
 * startup.
 *
 * @author multids
 */
public final class SourceKeys {

	private static final SourceKeys VALUE = new SourceKeys(Map.of(), Map.of(), Map.of(), false, null);

	private static final SourceKeys ANYTHING = new SourceKeys(Map.of(), Map.of(), Map.of(), true, null);

	private final Map<String, SourceKeys> children;

	private final Map<String, String> dashed;

	private final Map<String, Refusal> refused;

	private final boolean anything;

	// The keys of every entry of a map whose keys the user names (replicas by name)
	private final @Nullable SourceKeys entry;

	private SourceKeys(Map<String, SourceKeys> children, Map<String, String> dashed, Map<String, Refusal> refused,
			boolean anything, @Nullable SourceKeys entry) {
		this.children = children;
		this.dashed = dashed;
		this.refused = refused;
		this.anything = anything;
		this.entry = entry;
	}

	/**
	 * Start describing a group of keys.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Fail when a property is neither accepted nor allowed below this group.
	 * @param name the property name
	 * @param start the index of the first element that belongs to this group
	 * @throws DataSourceConfigurationException naming the property and what to do
	 */
	public void check(ConfigurationPropertyName name, int start) {
		SourceKeys keys = this;
		for (int i = start; i < name.getNumberOfElements(); i++) {
			if (keys.anything || (keys.isValue() && name.isNumericIndex(i))) {
				return;
			}
			String element = name.getElement(i, Form.UNIFORM);
			Refusal refusal = keys.refused.get(element);
			if (refusal != null) {
				throw refusal.exception(name.toString());
			}
			SourceKeys child = keys.children.get(element);
			if (child == null) {
				child = keys.entry;
			}
			if (child == null) {
				throw unknown(name, i, keys);
			}
			keys = child;
		}
	}

	private boolean isValue() {
		return this.children.isEmpty() && !this.anything && this.entry == null;
	}

	private static DataSourceConfigurationException unknown(ConfigurationPropertyName name, int index,
			SourceKeys parent) {
		String known = name.chop(index).toString();
		String bad = known + "." + name.getElement(index, Form.DASHED);
		String suggestion = ClosestName.of(name.getElement(index, Form.UNIFORM), parent.children.keySet())
			.map(parent.dashed::get)
			.orElse(null);
		String action = (suggestion != null) ? "Did you mean '" + known + "." + suggestion + "'? Fix the key"
				: "Remove the key or correct it";
		return new DataSourceConfigurationException("'" + bad + "' is not a known property.",
				action + "; the keys under 'datasources.<name>' are listed in the multids README.");
	}

	private static String uniform(String dashed) {
		return dashed.replace("-", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * A refused key: why, and what to do instead.
	 *
	 * @param why the sentence that explains the refusal
	 * @param action what to do instead
	 */
	private record Refusal(String why, String action) {

		DataSourceConfigurationException exception(String property) {
			return new DataSourceConfigurationException("'" + property + "' is not supported: " + this.why,
					this.action);
		}

	}

	/**
	 * Builds a group of keys.
	 */
	public static final class Builder {

		private final Map<String, SourceKeys> children = new LinkedHashMap<>();

		private final Map<String, String> dashed = new LinkedHashMap<>();

		private final Map<String, Refusal> refused = new LinkedHashMap<>();

		private @Nullable SourceKeys entry;

		private Builder() {
		}

		/**
		 * Accept entries of any name below this group, each with the given keys.
		 * @param keys the keys of each entry
		 * @return this builder
		 */
		public Builder entries(SourceKeys keys) {
			this.entry = keys;
			return this;
		}

		/**
		 * Accept keys that hold a value (or a list of values).
		 * @param keys the keys in kebab case
		 * @return this builder
		 */
		public Builder values(String... keys) {
			for (String key : keys) {
				group(key, VALUE);
			}
			return this;
		}

		/**
		 * Accept a key and anything below it (a map of free-form entries).
		 * @param key the key in kebab case
		 * @return this builder
		 */
		public Builder anythingBelow(String key) {
			return group(key, ANYTHING);
		}

		/**
		 * Accept a key whose own keys are described by another group.
		 * @param key the key in kebab case
		 * @param keys the keys below it
		 * @return this builder
		 */
		public Builder group(String key, SourceKeys keys) {
			this.children.put(uniform(key), keys);
			this.dashed.put(uniform(key), key);
			return this;
		}

		/**
		 * Refuse a key and everything below it.
		 * @param key the key in kebab case
		 * @param why the sentence that explains the refusal
		 * @param action what to do instead
		 * @return this builder
		 */
		public Builder refuse(String key, String why, String action) {
			this.children.remove(uniform(key));
			this.refused.put(uniform(key), new Refusal(why, action));
			return this;
		}

		/**
		 * Add the accepted and refused keys of another group at this level.
		 * @param keys the other group
		 * @return this builder
		 */
		public Builder include(SourceKeys keys) {
			this.children.putAll(keys.children);
			this.dashed.putAll(keys.dashed);
			this.refused.putAll(keys.refused);
			return this;
		}

		/**
		 * Return the group.
		 * @return the keys
		 */
		public SourceKeys build() {
			return new SourceKeys(Map.copyOf(this.children), Map.copyOf(this.dashed), Map.copyOf(this.refused), false,
					this.entry);
		}

	}

}
