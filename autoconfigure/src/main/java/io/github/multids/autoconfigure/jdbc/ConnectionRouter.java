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

/**
 * Hands out the connections of a source whose work may be served by another database than
 * its primary (its read replicas).
 *
 * @author multids
 */
public interface ConnectionRouter {

	/**
	 * Return a connection for the source's next unit of work.
	 * @return the connection
	 * @throws SQLException when none can be had
	 */
	Connection getConnection() throws SQLException;

	/**
	 * Stop the router's background work; called when the source's pool closes.
	 */
	void close();

}
