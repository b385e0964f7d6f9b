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

import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.multids.DataSourceConfigurationException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * Binds parts of a source's configuration, turning a value of the wrong type into a
 * startup error that names the property (never its value, which may be a secret).
 *
 * @author multids
 */
public final class SourceBinder {

	private static final Pattern ANNOTATION = Pattern.compile("@[\\w.$]+(\\([^)]*\\))?\\s+");

	private final Binder binder;

	public SourceBinder(Binder binder) {
		this.binder = binder;
	}

	/**
	 * Bind onto an existing instance.
	 * @param <T> the target type
	 * @param name the property name
	 * @param target the instance
	 * @return the instance
	 */
	public <T> T bindOnto(String name, T target) {
		bind(name, Bindable.ofInstance(target));
		return target;
	}

	/**
	 * Bind a new instance, or create one when no property is set.
	 * @param <T> the target type
	 * @param name the property name
	 * @param type the target type
	 * @param defaultValue creates the instance when nothing is bound
	 * @return the bound instance
	 */
	public <T> T bind(String name, Class<T> type, Supplier<T> defaultValue) {
		T bound = bind(name, Bindable.of(type));
		return (bound != null) ? bound : defaultValue.get();
	}

	private <T> T bind(String name, Bindable<T> target) {
		try {
			return this.binder.bind(name, target).orElse(null);
		}
		catch (BindException ex) {
			throw wrongValue(ex);
		}
	}

	private static DataSourceConfigurationException wrongValue(BindException ex) {
		ConfigurationProperty property = ex.getProperty();
		String name = (property != null) ? property.getName().toString() : ex.getName().toString();
		String origin = (property != null && property.getOrigin() != null) ? " (from " + property.getOrigin() + ")"
				: "";
		String expected = (property != null && ex.getCause() != null) ? describeTarget(ex) : "";
		return new DataSourceConfigurationException(
				"The value of '" + name + "'" + origin + " cannot be used" + expected + ".",
				"Correct the value of '" + name + "'; see the configuration reference in the multids README.", ex);
	}

	private static String describeTarget(BindException ex) {
		Throwable cause = ex.getCause();
		String message = cause.getMessage();
		if (message != null && message.contains("to type [")) {
			String type = message.substring(message.lastIndexOf("to type [") + "to type [".length());
			// A constructor-bound type is written with its annotations: keep the type
			// only
			return ": it must be of type "
					+ ANNOTATION.matcher(type.substring(0, Math.max(type.indexOf(']'), 0))).replaceAll("");
		}
		return ": " + cause.getClass().getSimpleName();
	}

}
