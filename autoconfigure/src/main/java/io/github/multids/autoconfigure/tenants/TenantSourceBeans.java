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
package io.github.multids.autoconfigure.tenants;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.TenantProvider;
import io.github.multids.autoconfigure.binding.Library;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.flyway.FlywayMigrationTarget;
import io.github.multids.autoconfigure.flyway.FlywaySection;
import io.github.multids.autoconfigure.flyway.SourceFlywayFactory;
import io.github.multids.autoconfigure.jdbc.SourceHikariDataSource;
import io.github.multids.autoconfigure.liquibase.LiquibaseMigrationTarget;
import io.github.multids.autoconfigure.liquibase.LiquibaseSection;
import io.github.multids.autoconfigure.liquibase.SourceLiquibaseFactory;
import io.github.multids.autoconfigure.migrations.MigrationTarget;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.util.ClassUtils;

/**
 * Registers the beans of a tenant source: {@code <name>TenantRegistry} and the
 * {@code <name>DataSource} whose connections are those of the current tenant.
 *
 * @author multids
 */
public final class TenantSourceBeans {

	private static final Log logger = LogFactory.getLog(TenantSourceBeans.class);

	private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

	private TenantSourceBeans() {
	}

	/**
	 * Register the beans of a tenant source.
	 * @param beans the registrar of source beans
	 * @param registry the bean registry
	 * @param source the tenant source
	 * @param library the source's migration library, {@code null} for none
	 * @param onlyTenantSource whether it is the application's only tenant source, whose
	 * registry is then injectable by type alone
	 * @param resourceLoader the application's resource loader
	 * @param beanFactory the bean factory
	 */
	public static void register(SourceBeanDefinitions beans, BeanDefinitionRegistry registry, SourceDefinition source,
			@Nullable Library library, boolean onlyTenantSource, ResourceLoader resourceLoader,
			ListableBeanFactory beanFactory) {
		String name = source.name();
		String registryName = SourceBean.TENANT_REGISTRY.of(name);
		TenantMigrations migrations = new TenantMigrations(name, source.migrationsAtStart(),
				targets(source, library, resourceLoader, beanFactory),
				(library != null) ? library.name().toLowerCase(Locale.ROOT) : null);
		beans.registerSourceBean(name, registryName, TenantPools.class,
				() -> start(source, migrations, resourceLoader.getClassLoader(), beanFactory));
		if (onlyTenantSource) {
			((AbstractBeanDefinition) registry.getBeanDefinition(registryName)).setDefaultCandidate(true);
		}
		beans.registerSourceBean(name, SourceBean.DATA_SOURCE.of(name), HikariDataSource.class,
				() -> dataSource(source, beanFactory.getBean(registryName, TenantPools.class)), registryName);
	}

	private static TenantPools start(SourceDefinition source, TenantMigrations migrations, ClassLoader classLoader,
			ListableBeanFactory beanFactory) {
		TenantPools pools = new TenantPools(source, migrations, metrics(classLoader, beanFactory));
		Set<String> initial = new LinkedHashSet<>(source.tenants().names());
		beanFactory.getBeanProvider(TenantProvider.class)
			.orderedStream()
			.forEach((provider) -> initial.addAll(provider.tenants(source.name())));
		if (!source.isCritical()) {
			// An optional tenant source starts without the tenants it cannot register
			for (String tenant : initial) {
				try {
					pools.register(tenant);
				}
				catch (RuntimeException ex) {
					logger.warn("Optional tenant source '" + source.name() + "' starts without tenant '" + tenant
							+ "': " + ex.getMessage());
				}
			}
			return pools;
		}
		try {
			pools.registerAll(initial);
		}
		catch (RuntimeException ex) {
			pools.close();
			throw new DataSourceConfigurationException(ex.getMessage(),
					"Check that the tenant's database exists and is reachable, fix its migration, or remove the"
							+ " tenant from 'datasources." + source.name() + ".tenants.names' (or from what the"
							+ " application's TenantProvider returns).",
					ex);
		}
		return pools;
	}

	// Hikari's own meters per tenant pool, which it removes when the pool closes
	private static @Nullable Consumer<HikariConfig> metrics(ClassLoader classLoader, ListableBeanFactory beanFactory) {
		if (!ClassUtils.isPresent(METER_REGISTRY, classLoader)) {
			return null;
		}
		return (config) -> TenantPoolMetrics.apply(config, beanFactory);
	}

	private static HikariDataSource dataSource(SourceDefinition source, TenantPools pools) {
		SourceHikariDataSource dataSource = new SourceHikariDataSource(source.name());
		source.configurePool(dataSource);
		dataSource.routeConnections(pools);
		return dataSource;
	}

	private static @Nullable BiFunction<String, DataSource, MigrationTarget> targets(SourceDefinition source,
			@Nullable Library library, ResourceLoader resourceLoader, ListableBeanFactory beanFactory) {
		if (library == Library.FLYWAY) {
			refuseUrl(source, "flyway", source.section(FlywaySection.INSTANCE).getUrl());
			SourceFlywayFactory factory = new SourceFlywayFactory(
					ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
			return (target, dataSource) -> new FlywayMigrationTarget(target,
					factory.create(source, dataSource, beanFactory));
		}
		if (library == Library.LIQUIBASE) {
			refuseUrl(source, "liquibase", source.section(LiquibaseSection.INSTANCE).getUrl());
			SourceLiquibaseFactory factory = new SourceLiquibaseFactory(resourceLoader);
			return (target, dataSource) -> new LiquibaseMigrationTarget(target, factory.create(source, dataSource));
		}
		return null;
	}

	/**
	 * Refuse a migration url of its own on a tenant source, whose migrations run on each
	 * tenant's database.
	 * @param source the tenant source
	 * @param library its migration library
	 */
	public static void refuseMigrationUrl(SourceDefinition source, Library library) {
		if (library == Library.FLYWAY) {
			refuseUrl(source, "flyway", source.section(FlywaySection.INSTANCE).getUrl());
		}
		else if (library == Library.LIQUIBASE) {
			refuseUrl(source, "liquibase", source.section(LiquibaseSection.INSTANCE).getUrl());
		}
	}

	private static void refuseUrl(SourceDefinition source, String library, @Nullable String url) {
		if (url != null) {
			String key = "datasources." + source.name() + "." + library + ".url";
			throw new DataSourceConfigurationException(
					"'" + key + "' is set, but source '" + source.name() + "' is a tenant source, whose migrations"
							+ " run on each tenant's database.",
					"Remove '" + key + "'; to migrate as another user, set '" + library + ".user' and '" + library
							+ ".password' of the source.");
		}
	}

}
