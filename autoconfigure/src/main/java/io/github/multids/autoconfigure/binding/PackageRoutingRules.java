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

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The `packages` rules of all sources: a class belongs to the source whose package is the
 * longest prefix of the class's package.
 *
 * @author multids
 */
public final class PackageRoutingRules {

	private final List<Map.Entry<String, String>> rules;

	/**
	 * Create the rules from the packages that each source claims.
	 * @param sourceByPackage the source name by package
	 */
	public PackageRoutingRules(Map<String, String> sourceByPackage) {
		this.rules = new LinkedHashMap<>(sourceByPackage).entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> rule) -> rule.getKey().length()).reversed())
			.map((rule) -> Map.entry(rule.getKey(), rule.getValue()))
			.toList();
	}

	/**
	 * Return the source whose package rule matches the class name, or {@code null}.
	 * @param className a fully qualified class name
	 * @return the source name or {@code null}
	 */
	public @Nullable String sourceOf(String className) {
		Map.Entry<String, String> rule = ruleOf(className);
		return (rule != null) ? rule.getValue() : null;
	}

	/**
	 * Return the package of the rule that matches the class name, or {@code null}.
	 * @param className a fully qualified class name
	 * @return the matching package or {@code null}
	 */
	public @Nullable String packageOf(String className) {
		Map.Entry<String, String> rule = ruleOf(className);
		return (rule != null) ? rule.getKey() : null;
	}

	private Map.@Nullable Entry<String, String> ruleOf(String className) {
		for (Map.Entry<String, String> rule : this.rules) {
			String prefix = rule.getKey();
			if (className.startsWith(prefix) && className.length() > prefix.length()
					&& className.charAt(prefix.length()) == '.') {
				return rule;
			}
		}
		return null;
	}

	/**
	 * Return the packages named by the rules.
	 * @return the packages
	 */
	public List<String> packages() {
		return this.rules.stream().map(Map.Entry::getKey).toList();
	}

}
