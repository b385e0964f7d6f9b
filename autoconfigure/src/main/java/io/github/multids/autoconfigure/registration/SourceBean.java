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
package io.github.multids.autoconfigure.registration;

/**
 * The beans each source gets, and the name of each: the source name followed by the
 * bean's suffix, such as `ordersDataSource`.
 *
 * @author multids
 */
public enum SourceBean {

	/**
	 * The source's HikariCP pool.
	 */
	DATA_SOURCE("DataSource"),

	/**
	 * The EntityManagerFactory of a source that owns entities.
	 */
	ENTITY_MANAGER_FACTORY("EntityManagerFactory"),

	/**
	 * The source's transaction manager.
	 */
	TRANSACTION_MANAGER("TransactionManager"),

	/**
	 * The Flyway of a source with migrations.
	 */
	FLYWAY("Flyway"),

	/**
	 * The bean that runs a source's migrations at startup.
	 */
	FLYWAY_INITIALIZER("FlywayInitializer"),

	/**
	 * A source's Liquibase, which applies its change log when it is created.
	 */
	LIQUIBASE("Liquibase"),

	/**
	 * The bean that runs a source's own SQL scripts at startup.
	 */
	SQL_INITIALIZER("SqlInitializer"),

	/**
	 * The source's JdbcClient.
	 */
	JDBC_CLIENT("JdbcClient"),

	/**
	 * The tenants of a tenant source.
	 */
	TENANT_REGISTRY("TenantRegistry");

	private final String suffix;

	SourceBean(String suffix) {
		this.suffix = suffix;
	}

	/**
	 * Return the name of this bean for a source.
	 * @param source the source name
	 * @return the bean name
	 */
	public String of(String source) {
		return source + this.suffix;
	}

	/**
	 * Return whether the bean name is that of one of the beans of the source.
	 * @param source the source name
	 * @param beanName the bean name
	 * @return whether a source bean has that name
	 */
	public static boolean isNameOf(String source, String beanName) {
		if (!beanName.startsWith(source)) {
			return false;
		}
		for (SourceBean bean : values()) {
			if (beanName.length() == source.length() + bean.suffix.length() && beanName.endsWith(bean.suffix)) {
				return true;
			}
		}
		return false;
	}

}
