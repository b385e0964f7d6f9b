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

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.github.multids.DataSourceRegistry;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.jdbc.DefaultDataSourceRegistry;
import io.github.multids.autoconfigure.jdbc.RoutingTransactionManager;
import io.github.multids.autoconfigure.jdbc.SourceJdbcTemplates;
import io.github.multids.autoconfigure.jdbc.SourceRoutingDataSource;
import io.github.multids.autoconfigure.registration.SourceBean;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The beans every Spring library expects once, over the sources: the routing `dataSource`
 * and `transactionManager`, the `jdbcTemplate` and `jdbcClient` that follow them, and the
 * `dataSourceRegistry`. Each backs off when the application defines a bean of that name.
 *
 * @author multids
 */
@Configuration(proxyBeanMethods = false)
class SharedBeansConfiguration {

	@Bean
	@Primary
	@ConditionalOnMissingBean(name = "dataSource")
	DataSource dataSource(SourceDefinitions sources, ListableBeanFactory beanFactory) {
		return new SourceRoutingDataSource(byName(sources, SourceBean.DATA_SOURCE, DataSource.class, beanFactory),
				sources.defaultName());
	}

	@Bean
	@Primary
	@ConditionalOnMissingBean(name = "transactionManager")
	PlatformTransactionManager transactionManager(SourceDefinitions sources, ListableBeanFactory beanFactory) {
		return new RoutingTransactionManager(
				byName(sources, SourceBean.TRANSACTION_MANAGER, PlatformTransactionManager.class, beanFactory),
				sources.defaultName());
	}

	@Bean
	@Primary
	@ConditionalOnMissingBean(name = "jdbcTemplate")
	JdbcTemplate jdbcTemplate(SourceDefinitions sources, ListableBeanFactory beanFactory) {
		return SourceJdbcTemplates.routing(beanFactory.getBean("dataSource", DataSource.class),
				byName(sources, SourceBean.DATA_SOURCE, DataSource.class, beanFactory), sources.defaultName());
	}

	@Bean
	@Primary
	@ConditionalOnMissingBean(name = "jdbcClient")
	JdbcClient jdbcClient(ListableBeanFactory beanFactory) {
		return JdbcClient.create(beanFactory.getBean("jdbcTemplate", JdbcTemplate.class));
	}

	@Bean
	@ConditionalOnMissingBean(name = "dataSourceRegistry")
	DataSourceRegistry dataSourceRegistry(SourceDefinitions sources, ListableBeanFactory beanFactory) {
		return new DefaultDataSourceRegistry(sources.names(), sources.defaultName(), beanFactory);
	}

	private static <T> Map<String, T> byName(SourceDefinitions sources, SourceBean bean, Class<T> type,
			ListableBeanFactory beanFactory) {
		Map<String, T> beans = new LinkedHashMap<>();
		sources.names().forEach((name) -> beans.put(name, beanFactory.getBean(bean.of(name), type)));
		return beans;
	}

}
