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
package io.github.multids.autoconfigure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.context.SourceTransactions;
import org.jspecify.annotations.Nullable;

/**
 * The HikariCP pool of one source, which notes each connection it hands out so that a
 * connection taken inside a transaction on another source is noticed; with no transaction
 * open on the thread that costs one thread-local read. A source with read replicas hands
 * out the connections of its {@link ConnectionRouter}, which chooses the primary or a
 * replica once it knows whether the work is read-only.
 *
 * @author multids
 */
public class SourceHikariDataSource extends HikariDataSource {

	private final String source;

	private volatile @Nullable ConnectionRouter router;

	public SourceHikariDataSource(String source) {
		this.source = source;
	}

	@Override
	public Connection getConnection() throws SQLException {
		SourceTransactions.connectionTaken(this.source);
		ConnectionRouter router = this.router;
		return (router != null) ? router.getConnection() : super.getConnection();
	}

	/**
	 * Return a connection of this pool itself, never routed to a replica.
	 * @return a connection to the source's primary database
	 * @throws SQLException when the pool gives none
	 */
	public Connection getPrimaryConnection() throws SQLException {
		return super.getConnection();
	}

	/**
	 * Hand out the connections of a router from now on.
	 * @param router the router, closed with this pool
	 */
	public void routeConnections(ConnectionRouter router) {
		this.router = router;
	}

	/**
	 * Return the router that hands out this pool's connections.
	 * @return the router, {@code null} for a source without replicas
	 */
	public @Nullable ConnectionRouter router() {
		return this.router;
	}

	@Override
	public void close() {
		ConnectionRouter router = this.router;
		if (router != null) {
			router.close();
		}
		super.close();
	}

}
