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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.tenants.TenantPools;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.util.StringUtils;

/**
 * Builds the EntityManagerFactory of one source from its `jpa.*` settings, with Spring
 * Boot's Hibernate defaults (naming strategies, disabled archive scanner).
 *
 * @author multids
 */
public final class SourceEntityManagerFactoryFactory {

	private static final String DIALECT = "hibernate.dialect";

	private final ListableBeanFactory beanFactory;

	public SourceEntityManagerFactoryFactory(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * Create the factory bean of a source's persistence unit.
	 * @param source the source
	 * @param dataSource the source's pool
	 * @param managedClassNames the classes its persistence unit manages
	 * @param defaultDdlAuto the ddl-auto to use when none is configured
	 * @param reachable whether the database answered at startup; an optional source that
	 * did not boots Hibernate offline, without schema validation or generation
	 * @return the factory bean
	 */
	public LocalContainerEntityManagerFactoryBean create(SourceDefinition source, DataSource dataSource,
			Collection<String> managedClassNames, String defaultDdlAuto, boolean reachable) {
		JpaSection.Settings settings = source.section(JpaSection.INSTANCE);
		JpaProperties jpa = settings.jpa();
		HibernateProperties hibernate = settings.hibernate();
		String url = source.url();
		TenantPools tenants = source.isTenantSource()
				? this.beanFactory.getBean(SourceBean.TENANT_REGISTRY.of(source.name()), TenantPools.class) : null;
		EntityManagerFactoryBuilder builder = new EntityManagerFactoryBuilder(vendorAdapter(jpa), (target) -> {
			Map<String, Object> properties = vendorProperties(target, jpa, hibernate, defaultDdlAuto, url, reachable);
			if (tenants != null) {
				TenantHibernateSettings.apply(source.name(), jpa, properties, tenants, url);
			}
			return properties;
		}, null);
		return builder.dataSource(dataSource)
			.managedTypes(PersistenceManagedTypes.of(new ArrayList<>(managedClassNames), List.of()))
			.persistenceUnit(source.name())
			.mappingResources(jpa.getMappingResources().toArray(String[]::new))
			.build();
	}

	private HibernateJpaVendorAdapter vendorAdapter(JpaProperties jpa) {
		HibernateJpaVendorAdapter adapter = new HibernateJpaVendorAdapter();
		adapter.setShowSql(jpa.isShowSql());
		if (jpa.getDatabase() != null) {
			adapter.setDatabase(jpa.getDatabase());
		}
		if (StringUtils.hasText(jpa.getDatabasePlatform())) {
			adapter.setDatabasePlatform(jpa.getDatabasePlatform());
		}
		adapter.setGenerateDdl(jpa.isGenerateDdl());
		return adapter;
	}

	private Map<String, Object> vendorProperties(DataSource dataSource, JpaProperties jpa,
			HibernateProperties hibernate, String defaultDdlAuto, String url, boolean reachable) {
		HibernateSettings settings = new HibernateSettings().ddlAuto(() -> defaultDdlAuto)
			.hibernatePropertiesCustomizers(customizers());
		Map<String, Object> properties = new HashMap<>(jpa.getProperties());
		properties.putAll(hibernate.determineHibernateProperties(jpa.getProperties(), settings));
		boolean dialectConfigured = jpa.getDatabase() != null || StringUtils.hasText(jpa.getDatabasePlatform())
				|| properties.containsKey(DIALECT);
		if (!reachable) {
			DatabaseHints.bootOffline(properties, url);
		}
		else if (!dialectConfigured) {
			properties.putAll(DatabaseHints.mariaDbBehindMySqlDriver(dataSource));
		}
		return properties;
	}

	private List<HibernatePropertiesCustomizer> customizers() {
		List<HibernatePropertiesCustomizer> customizers = new ArrayList<>();
		PhysicalNamingStrategy physical = this.beanFactory.getBeanProvider(PhysicalNamingStrategy.class).getIfUnique();
		ImplicitNamingStrategy implicit = this.beanFactory.getBeanProvider(ImplicitNamingStrategy.class).getIfUnique();
		if (physical != null || implicit != null) {
			customizers.add((properties) -> {
				if (physical != null) {
					properties.put("hibernate.physical_naming_strategy", physical);
				}
				if (implicit != null) {
					properties.put("hibernate.implicit_naming_strategy", implicit);
				}
			});
		}
		this.beanFactory.getBeanProvider(HibernatePropertiesCustomizer.class).orderedStream().forEach(customizers::add);
		return customizers;
	}

}
