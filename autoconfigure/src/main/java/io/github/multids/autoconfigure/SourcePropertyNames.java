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

import java.beans.PropertyDescriptor;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.multids.DataSourceConfigurationException;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.util.ClassUtils;

/**
 * Knows every key a source accepts under `datasources.<name>`, from the property classes
 * each concern binds, so that a typo fails startup instead of being ignored.
 *
 * @author multids
 */
final class SourcePropertyNames {

	private static final Node ANY = new Node(Map.of(), true, false);

	private static final Node LEAF = new Node(Map.of(), false, true);

	private final Node root;

	SourcePropertyNames(ClassLoader classLoader) {
		Node dataSource = beanNode(org.springframework.boot.jdbc.autoconfigure.DataSourceProperties.class, 0);
		Node settings = beanNode(SourceSettings.class, 0);
		Map<String, Node> top = new LinkedHashMap<>(dataSource.children);
		top.putAll(settings.children);
		top.put("hikari", beanNode(com.zaxxer.hikari.HikariConfig.class, 0));
		top.put("jpa", jpaNode(classLoader));
		top.put("flyway",
				optionalBeanNode("org.springframework.boot.flyway.autoconfigure.FlywayProperties", classLoader));
		top.remove("beanclassloader");
		top.remove("classloader");
		Map<String, String> dashed = new LinkedHashMap<>(dataSource.dashed);
		dashed.putAll(settings.dashed);
		this.root = new Node(top, false, false, dashed);
	}

	/**
	 * Fail when the property is not one that a source accepts.
	 * @param name a property name under `datasources.<source>`
	 */
	void check(ConfigurationPropertyName name) {
		Node node = this.root;
		for (int i = 2; i < name.getNumberOfElements(); i++) {
			if (node.acceptsAnything || (node.leaf && name.isNumericIndex(i))) {
				return;
			}
			String element = name.getElement(i, Form.UNIFORM);
			Node child = node.leaf ? null : node.children.get(element);
			if (child == null) {
				throw unknown(name, i, node);
			}
			node = child;
		}
	}

	private static DataSourceConfigurationException unknown(ConfigurationPropertyName name, int index, Node parent) {
		String known = name.chop(index).toString();
		String bad = known + "." + name.getElement(index, Form.DASHED);
		String suggestion = Suggestions.closest(name.getElement(index, Form.UNIFORM), parent.children.keySet())
			.map(parent.dashed::get)
			.orElse(null);
		String action = (suggestion != null) ? "Did you mean '" + known + "." + suggestion + "'? Fix the key"
				: "Remove the key or correct it";
		return new DataSourceConfigurationException("'" + bad + "' is not a known property.",
				action + "; the keys under 'datasources.<name>' are listed in the multids README.");
	}

	private static Node jpaNode(ClassLoader classLoader) {
		Node jpa = optionalBeanNode("org.springframework.boot.jpa.autoconfigure.JpaProperties", classLoader);
		Node hibernate = optionalBeanNode("org.springframework.boot.hibernate.autoconfigure.HibernateProperties",
				classLoader);
		if (jpa.acceptsAnything) {
			return ANY;
		}
		Map<String, Node> children = new LinkedHashMap<>(jpa.children);
		children.put("hibernate", hibernate);
		return new Node(children, false, false, jpa.dashed);
	}

	private static Node optionalBeanNode(String className, ClassLoader classLoader) {
		return ClassUtils.isPresent(className, classLoader)
				? beanNode(ClassUtils.resolveClassName(className, classLoader), 0) : ANY;
	}

	private static Node beanNode(Class<?> type, int depth) {
		Map<String, Node> children = new LinkedHashMap<>();
		Map<String, String> dashed = new LinkedHashMap<>();
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			Class<?> propertyType = property.getPropertyType();
			if (propertyType == null || property.getName().equals("class")) {
				continue;
			}
			String uniform = property.getName().toLowerCase(Locale.ROOT);
			children.put(uniform, nodeFor(propertyType, depth));
			dashed.put(uniform, toDashed(property.getName()));
		}
		return new Node(children, false, false, dashed);
	}

	private static Node nodeFor(Class<?> type, int depth) {
		if (Map.class.isAssignableFrom(type) || type == Object.class) {
			return ANY;
		}
		if (isValue(type) || depth > 2) {
			return LEAF;
		}
		return beanNode(type, depth + 1);
	}

	private static boolean isValue(Class<?> type) {
		return ClassUtils.isPrimitiveOrWrapper(type) || type == String.class || type.isEnum() || type.isArray()
				|| Collection.class.isAssignableFrom(type) || type == Class.class || type == Duration.class
				|| type == Charset.class || type == Locale.class || Temporal.class.isAssignableFrom(type)
				|| type.getName().startsWith("java.") || type.getName().startsWith("javax.");
	}

	private static String toDashed(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * Accepted keys below one property, by uniform name.
	 */
	private record Node(Map<String, Node> children, boolean acceptsAnything, boolean leaf, Map<String, String> dashed) {

		Node(Map<String, Node> children, boolean acceptsAnything, boolean leaf) {
			this(children, acceptsAnything, leaf, Map.of());
		}

	}

}
