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
package io.github.multids.autoconfigure.routing.probe;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.github.multids.DataSourceContext;
import io.github.multids.UseDataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beans whose methods report the source that is current while they run, outside the
 * packages that the routing post-processor leaves alone.
 */
public final class RoutingProbes {

	private RoutingProbes() {
	}

	static String current() {
		return DataSourceContext.current().orElse("none");
	}

	/**
	 * Methods that a bean reports through, so that a final class can be proxied by its
	 * interface.
	 */
	public interface Probe {

		String unrouted();

		String routed();

	}

	/**
	 * A bean with one method on source {@code two}; its other method has no source.
	 */
	public static class PartlyRouted implements Probe {

		@Override
		public String unrouted() {
			return current();
		}

		@Override
		@UseDataSource("two")
		public String routed() {
			return current();
		}

	}

	/**
	 * A subclass overriding the annotated method without repeating the annotation.
	 */
	public static class Overriding extends PartlyRouted {

		@Override
		public String routed() {
			return "overridden " + current();
		}

	}

	/**
	 * A final class, so proxied through its interface, with the methods of
	 * {@link PartlyRouted}.
	 */
	public static final class FinalPartlyRouted extends PartlyRouted {

	}

	/**
	 * A bean of source {@code two} with one method on source {@code one}.
	 */
	@UseDataSource("two")
	public static class ClassRouted {

		public String onClassSource() {
			return current();
		}

		@UseDataSource("one")
		public String onMethodSource() {
			return current();
		}

	}

	/**
	 * A generic interface, whose implementation gets a bridge method.
	 *
	 * @param <T> the type handled
	 */
	public interface Handler<T> {

		String handle(T value);

	}

	/**
	 * A bean whose annotated method is called through its bridge.
	 */
	public static class StringHandler implements Handler<String> {

		@Override
		@UseDataSource("two")
		public String handle(String value) {
			return value + " on " + current();
		}

	}

	/**
	 * A transactional bean with one method on source {@code two}.
	 */
	@Transactional
	public static class TransactionalPartlyRouted {

		private final DataSource dataSource;

		public TransactionalPartlyRouted(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		public String unroutedUrl() throws SQLException {
			return transactionUrl();
		}

		@UseDataSource("two")
		public String routedUrl() throws SQLException {
			return transactionUrl();
		}

		private String transactionUrl() throws SQLException {
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				return connection.getMetaData().getURL();
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		}

	}

}
