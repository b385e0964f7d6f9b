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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Assigns a repository interface, a bean class or a single method to the named source.
 * <p>
 * A method annotation beats the class annotation, which beats the package rules of
 * {@code datasources.<name>.packages}. A name that is not configured fails startup.
 *
 * @author multids
 * @since 0.1.0
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UseDataSource {

	/**
	 * Name of the source, as configured under {@code datasources.<name>}.
	 * @return the source name
	 */
	String value();

	/**
	 * Whether the method's writes on this source are meant to commit on their own, even
	 * when it is called inside a transaction on another source (an audit line that must
	 * stay when the caller rolls back): such a crossing is neither logged nor refused
	 * under {@code multids.transactions.cross-source}.
	 * @return whether the work on this source is deliberately independent
	 * @since 0.1.0
	 */
	boolean independent() default false;

}
