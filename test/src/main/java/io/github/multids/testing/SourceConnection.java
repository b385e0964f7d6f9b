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
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the named multids source at the Testcontainers database container held by the
 * annotated static field of a test class.
 * <p>
 * The container is started if it is not running yet, and its JDBC url, username, password
 * and driver class feed {@code datasources.<name>.url}, {@code username},
 * {@code password} and {@code driver-class-name} through the
 * {@value SourceConnections#PROPERTY_SOURCE_NAME} property source. Unlike Spring Boot's
 * {@code @ServiceConnection}, several containers of the same type feed several sources.
 * Fields of superclasses, implemented interfaces and enclosing classes count too.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;Testcontainers(disabledWithoutDocker = true)
 * class EventsTests {
 *
 * 	&#64;Container
 * 	&#64;SourceConnection("events")
 * 	static PostgreSQLContainer events = new PostgreSQLContainer("postgres:17");
 *
 * }
 * </pre>
 *
 * @author multids
 * @since 0.1.0
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SourceConnection {

	/**
	 * Name of the source under {@code datasources.*} that the container serves.
	 * @return the source name
	 */
	String value();

}
