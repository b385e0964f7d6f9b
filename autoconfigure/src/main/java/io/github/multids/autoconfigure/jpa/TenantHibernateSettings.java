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
package io.github.multids.autoconfigure.jpa;

import java.util.Map;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.tenants.TenantConnectionProvider;
import io.github.multids.autoconfigure.tenants.TenantIdentifierResolver;
import io.github.multids.autoconfigure.tenants.TenantPools;

import org.springframework.boot.jpa.autoconfigure.JpaProperties;

/**
 * Hibernate's database multi-tenancy for a tenant source's one EntityManagerFactory: each
 * session's connections come from its tenant's pool, and the second-level cache keeps
 * tenants apart.
 *
 * @author multids
 */
final class TenantHibernateSettings {

	private static final String[] SCHEMA_ACTIONS = { "hibernate.hbm2ddl.auto",
			"jakarta.persistence.schema-generation.database.action" };

	private TenantHibernateSettings() {
	}

	static void apply(String source, JpaProperties jpa, Map<String, Object> properties, TenantPools tenants,
			String url) {
		String prefix = "datasources." + source + ".jpa";
		for (String action : SCHEMA_ACTIONS) {
			Object value = properties.get(action);
			if (value != null && !"none".equals(String.valueOf(value).trim())) {
				throw refused(source, "its schema action " + action + " is '" + value + "'", prefix);
			}
		}
		if (jpa.isGenerateDdl()) {
			throw refused(source, "'generate-ddl' is true", prefix);
		}
		properties.put("hibernate.multi_tenant_connection_provider", new TenantConnectionProvider(tenants));
		properties.put("hibernate.tenant_identifier_resolver", new TenantIdentifierResolver());
		if (tenants.registeredCount() == 0) {
			// No tenant database to read the metadata of: the dialect comes from the url
			DatabaseHints.bootOffline(properties, url);
		}
		else {
			DatabaseHints.mariaDbBehindMySqlDriver(tenants.anyTenantDataSource()).forEach(properties::putIfAbsent);
		}
	}

	private static DataSourceConfigurationException refused(String source, String what, String prefix) {
		return new DataSourceConfigurationException(
				"Source '" + source + "' is a tenant source, but " + what
						+ "; Hibernate would create or check the schema of one tenant's database only.",
				"Give the tenants' schemas migrations (they run on each tenant's database when it is registered)"
						+ " and set '" + prefix + ".hibernate.ddl-auto: none' (it overrides"
						+ " 'spring.jpa.hibernate.ddl-auto'), or remove the setting.");
	}

}
