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

import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The configured sources and their pieces, by name. Every method throws
 * {@link UnknownDataSourceException} for a name that is not configured.
 *
 * @author multids
 * @since 0.1.0
 */
public interface DataSourceRegistry {

	/**
	 * Return the names of the configured sources, in configuration order.
	 * @return the source names
	 */
	Set<String> names();

	/**
	 * Return the name of the default source.
	 * @return the default source name
	 */
	String defaultName();

	/**
	 * Return the connection pool of the named source.
	 * @param name the source name
	 * @return the pool
	 */
	DataSource dataSource(String name);

	/**
	 * Return a {@link JdbcClient} bound to the named source's pool.
	 * @param name the source name
	 * @return the client
	 */
	JdbcClient jdbcClient(String name);

	/**
	 * Return the transaction manager of the named source.
	 * @param name the source name
	 * @return the transaction manager
	 */
	PlatformTransactionManager transactionManager(String name);

	/**
	 * Return the entity manager factory of the named source, empty when the source owns
	 * no entities.
	 * @param name the source name
	 * @return the entity manager factory, if any
	 */
	Optional<EntityManagerFactory> entityManagerFactory(String name);

}
