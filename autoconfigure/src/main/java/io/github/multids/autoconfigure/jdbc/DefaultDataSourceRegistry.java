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

import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.github.multids.DataSourceRegistry;
import io.github.multids.UnknownDataSourceException;
import io.github.multids.autoconfigure.registration.SourceBean;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@link DataSourceRegistry} bean: looks up each source's beans by their names.
 *
 * @author multids
 */
public class DefaultDataSourceRegistry implements DataSourceRegistry {

	private final Set<String> names;

	private final String defaultName;

	private final BeanFactory beanFactory;

	public DefaultDataSourceRegistry(Set<String> names, String defaultName, BeanFactory beanFactory) {
		this.names = names;
		this.defaultName = defaultName;
		this.beanFactory = beanFactory;
	}

	@Override
	public Set<String> names() {
		return this.names;
	}

	@Override
	public String defaultName() {
		return this.defaultName;
	}

	@Override
	public DataSource dataSource(String name) {
		return this.beanFactory.getBean(SourceBean.DATA_SOURCE.of(require(name)), DataSource.class);
	}

	@Override
	public JdbcClient jdbcClient(String name) {
		return this.beanFactory.getBean(SourceBean.JDBC_CLIENT.of(require(name)), JdbcClient.class);
	}

	@Override
	public PlatformTransactionManager transactionManager(String name) {
		return this.beanFactory.getBean(SourceBean.TRANSACTION_MANAGER.of(require(name)),
				PlatformTransactionManager.class);
	}

	@Override
	public Optional<EntityManagerFactory> entityManagerFactory(String name) {
		String beanName = SourceBean.ENTITY_MANAGER_FACTORY.of(require(name));
		return this.beanFactory.containsBean(beanName)
				? Optional.of(this.beanFactory.getBean(beanName, EntityManagerFactory.class)) : Optional.empty();
	}

	private String require(String name) {
		if (!this.names.contains(name)) {
			throw new UnknownDataSourceException(name, this.names);
		}
		return name;
	}

}
