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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.DataSourceConfigurationException;
import io.github.multids.autoconfigure.binding.Library;
import io.github.multids.autoconfigure.binding.ReadTokenSettings;
import io.github.multids.autoconfigure.binding.ReplicaDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.binding.SourceSection;
import io.github.multids.autoconfigure.binding.TenantRequestSettings;
import io.github.multids.autoconfigure.flyway.FlywaySection;
import io.github.multids.autoconfigure.flyway.FlywaySourceBeans;
import io.github.multids.autoconfigure.jdbc.CrossSourceGuard;
import io.github.multids.autoconfigure.jdbc.SourceDataSourceFactory;
import io.github.multids.autoconfigure.jdbc.SourceHikariDataSource;
import io.github.multids.autoconfigure.jdbc.SourceJdbcTemplates;
import io.github.multids.autoconfigure.jdbc.SourceJdbcTransactionManager;
import io.github.multids.autoconfigure.jdbc.SourceSqlInitializers;
import io.github.multids.autoconfigure.jdbc.StartupConnectivity;
import io.github.multids.autoconfigure.jpa.JpaSection;
import io.github.multids.autoconfigure.liquibase.LiquibaseSection;
import io.github.multids.autoconfigure.liquibase.LiquibaseSourceBeans;
import io.github.multids.autoconfigure.jpa.JpaSourceBeans;
import io.github.multids.autoconfigure.jpa.PersistenceLayout;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;
import io.github.multids.autoconfigure.replicas.ReplicaSet;
import io.github.multids.autoconfigure.reporting.RoutingMap;
import io.github.multids.autoconfigure.routing.RoutingRules;
import io.github.multids.autoconfigure.sharding.ShardedSource;
import io.github.multids.autoconfigure.sharding.ShardingConfigurations;
import io.github.multids.autoconfigure.sharding.ShardingSourceBeans;
import io.github.multids.autoconfigure.tenants.TenantSourceBeans;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * Registers, for every source under `datasources.*`, its pool, Flyway,
 * EntityManagerFactory, transaction manager, JdbcClient and repositories, then the
 * routing beans over them.
 *
 * @author multids
 */
class MultiDataSourceRegistrar
		implements ImportBeanDefinitionRegistrar, EnvironmentAware, ResourceLoaderAware, BeanFactoryAware {

	private Environment environment;

	private ResourceLoader resourceLoader;

	private ListableBeanFactory beanFactory;

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		register(registry, true);
		if (!registry.containsBeanDefinition(AotSourceBeansPostProcessor.BEAN_NAME)) {
			registry.registerBeanDefinition(AotSourceBeansPostProcessor.BEAN_NAME,
					AotSourceBeansPostProcessor.definition());
		}
	}

	/**
	 * Register the beans of every source.
	 * @param registry the registry
	 * @param withRepositories whether to register the repositories too, which generated
	 * code registers by itself
	 */
	void register(BeanDefinitionRegistry registry, boolean withRepositories) {
		ClassLoader classLoader = this.resourceLoader.getClassLoader();
		SourceDefinitions model = SourceDefinitions.load(this.environment, sections(classLoader), classLoader);
		SourceBeanDefinitions beans = new SourceBeanDefinitions(registry);
		StartupConnectivity connectivity = new StartupConnectivity();
		beans.registerInfrastructure("multidsStartupConnectivity", StartupConnectivity.class, () -> connectivity);
		SourceDataSourceFactory dataSources = new SourceDataSourceFactory(connectivity);
		RoutingRules rules = new RoutingRules(model.rules(), model.names(), model.defaultName());
		PersistenceLayout layout = isJpaPresent()
				? PersistenceLayout.scan(model, rules, scanPackages(model), this.resourceLoader) : null;
		boolean flywayPresent = isFlywayPresent();
		boolean deferred = this.environment.getProperty("spring.jpa.defer-datasource-initialization", boolean.class,
				false);
		Map<String, ShardedSource> sharded = ShardingConfigurations.read(model, classLoader);
		boolean oneTenantSource = model.all().stream().filter(SourceDefinition::isTenantSource).count() == 1;
		for (SourceDefinition source : model.all()) {
			String name = source.name();
			String[] afterJpa = initializedAfterJpa(name, layout, deferred);
			String[] migrations;
			if (sharded.containsKey(name)) {
				refuseReplicas(source);
				migrations = ShardingSourceBeans.register(beans, source, sharded.get(name), flywayPresent,
						this.resourceLoader, this.beanFactory);
			}
			else if (source.isTenantSource()) {
				// Each tenant's database is migrated when the tenant is registered
				TenantSourceBeans.register(beans, registry, source,
						MigrationTargets.libraryOf(source, this.resourceLoader), oneTenantSource, this.resourceLoader,
						this.beanFactory);
				migrations = new String[0];
			}
			else {
				registerPools(beans, dataSources, source);
				migrations = registerMigrations(beans, source, connectivity, afterJpa);
			}
			String[] scripts = SourceSqlInitializers.register(beans, source, this.resourceLoader, this.beanFactory,
					connectivity, StringUtils.concatenateStringArrays(migrations, afterJpa));
			if (layout != null && layout.hasEntities(name)) {
				String[] initializers = (afterJpa.length > 0) ? new String[0]
						: StringUtils.concatenateStringArrays(migrations, scripts);
				JpaSourceBeans.register(beans, source, layout, initializers,
						migrations.length > 0 || initializesSchema(source, model), this.beanFactory, connectivity);
			}
			else {
				beans.registerSourceBean(name, SourceBean.TRANSACTION_MANAGER.of(name),
						PlatformTransactionManager.class, () -> new SourceJdbcTransactionManager(name, dataSource(name),
								CrossSourceGuard.of(this.beanFactory)),
						SourceBean.DATA_SOURCE.of(name));
			}
			beans.registerSourceBean(name, SourceBean.JDBC_CLIENT.of(name), JdbcClient.class,
					() -> JdbcClient.create(SourceJdbcTemplates.forSource(name, dataSource(name))),
					SourceBean.DATA_SOURCE.of(name));
		}
		if (withRepositories && layout != null && Library.SPRING_DATA_JPA.isPresent(classLoader)) {
			JpaSourceBeans.registerRepositories(registry, layout, model, this.resourceLoader, this.environment);
		}
		registerRoutingBeans(beans, model, rules, layout);
	}

	private String[] registerMigrations(SourceBeanDefinitions beans, SourceDefinition source,
			StartupConnectivity connectivity, String[] afterJpa) {
		Library library = MigrationTargets.libraryOf(source, this.resourceLoader);
		if (library == Library.LIQUIBASE) {
			return LiquibaseSourceBeans.register(beans, source, this.resourceLoader, this.beanFactory, afterJpa);
		}
		return (library == Library.FLYWAY) ? FlywaySourceBeans.register(beans, source, this.resourceLoader,
				this.beanFactory, connectivity, afterJpa) : new String[0];
	}

	/**
	 * Return the sections whose library is on the classpath.
	 * @param classLoader the application class loader
	 * @return the sections
	 */
	static List<SourceSection<?>> sections(ClassLoader classLoader) {
		List<SourceSection<?>> sections = new ArrayList<>();
		if (Library.JPA.isPresent(classLoader)) {
			sections.add(JpaSection.INSTANCE);
		}
		if (Library.FLYWAY.isPresent(classLoader)) {
			sections.add(FlywaySection.INSTANCE);
		}
		if (Library.LIQUIBASE.isPresent(classLoader)) {
			sections.add(LiquibaseSection.INSTANCE);
		}
		return sections;
	}

	// With spring.jpa.defer-datasource-initialization, Spring Boot initializes a database
	// after its EntityManagerFactory (and makes every initializer depend on it), so the
	// source's migrations and scripts wait for it instead of the other way round
	private static String[] initializedAfterJpa(String name, PersistenceLayout layout, boolean deferred) {
		return (deferred && layout != null && layout.hasEntities(name))
				? new String[] { SourceBean.ENTITY_MANAGER_FACTORY.of(name) } : new String[0];
	}

	// The source's own scripts, or, on the default source, those of spring.sql.init.*
	private boolean initializesSchema(SourceDefinition source, SourceDefinitions model) {
		if (SourceSqlInitializers.initializesSchema(source.sqlInit(), source.isEmbedded(), this.resourceLoader)) {
			return true;
		}
		return source.name().equals(model.defaultName())
				&& SourceSqlInitializers.initializesSchema(Binder.get(this.environment)
					.bind("spring.sql.init", SqlInitializationProperties.class)
					.orElseGet(SqlInitializationProperties::new), source.isEmbedded(), this.resourceLoader);
	}

	private void registerRoutingBeans(SourceBeanDefinitions beans, SourceDefinitions model, RoutingRules rules,
			PersistenceLayout layout) {
		beans.registerInfrastructure("multidsSourceDefinitions", SourceDefinitions.class, () -> model);
		ReadTokenSettings token = ReadTokenSettings.bind(this.environment,
				model.all()
					.stream()
					.anyMatch((source) -> !source.replicas().isEmpty() && source.read().readYourWrites()));
		beans.registerInfrastructure("multidsReadTokenSettings", ReadTokenSettings.class, () -> token);
		TenantRequestSettings tenantRequests = TenantRequestSettings.bind(this.environment,
				model.all().stream().anyMatch(SourceDefinition::isTenantSource));
		beans.registerInfrastructure("multidsTenantRequestSettings", TenantRequestSettings.class, () -> tenantRequests);
		beans.registerInfrastructure("multidsRoutingRules", RoutingRules.class, () -> rules);
		RoutingMap routingMap = new RoutingMap(model,
				(layout != null) ? List.copyOf(layout.repositoryAssignments()) : List.of());
		beans.registerInfrastructure("multidsRoutingMap", RoutingMap.class, () -> routingMap);
		if (layout != null) {
			beans.registerInfrastructure("multidsPersistenceLayout", PersistenceLayout.class, () -> layout);
		}
	}

	// The source's pool, and its replicas' pools before it: reads go to them once the
	// source's pool is created
	private void registerPools(SourceBeanDefinitions beans, SourceDataSourceFactory dataSources,
			SourceDefinition source) {
		List<String> replicaPools = new ArrayList<>();
		for (ReplicaDefinition replica : source.replicas()) {
			String pool = SourceBean.DATA_SOURCE.of(replica.qualifiedName());
			beans.registerSourceBean(replica.qualifiedName(), pool, HikariDataSource.class,
					() -> dataSources.createReplica(replica));
			replicaPools.add(pool);
		}
		beans.registerSourceBean(source.name(), SourceBean.DATA_SOURCE.of(source.name()), HikariDataSource.class,
				() -> withReplicas(source, dataSources.create(source), replicaPools),
				replicaPools.toArray(String[]::new));
	}

	private static void refuseReplicas(SourceDefinition source) {
		if (!source.replicas().isEmpty()) {
			String prefix = "datasources." + source.name();
			throw new DataSourceConfigurationException(
					"'" + prefix + ".replicas' is set, but source '" + source.name()
							+ "' is a sharded source, whose physical databases are listed in its engine file.",
					"Remove '" + prefix + ".replicas'; replicas of a sharded source's physical databases are"
							+ " not supported.");
		}
	}

	private HikariDataSource withReplicas(SourceDefinition source, SourceHikariDataSource pool,
			List<String> replicaPools) {
		if (!replicaPools.isEmpty()) {
			ReplicaSet.attach(source, pool,
					replicaPools.stream()
						.map((replica) -> this.beanFactory.getBean(replica, HikariDataSource.class))
						.toList());
		}
		return pool;
	}

	private DataSource dataSource(String name) {
		return this.beanFactory.getBean(SourceBean.DATA_SOURCE.of(name), DataSource.class);
	}

	private List<String> scanPackages(SourceDefinitions model) {
		Set<String> packages = new LinkedHashSet<>();
		if (AutoConfigurationPackages.has(this.beanFactory)) {
			packages.addAll(AutoConfigurationPackages.get(this.beanFactory));
		}
		packages.addAll(model.rules().packages());
		List<String> roots = new ArrayList<>();
		packages.stream()
			.filter((pkg) -> packages.stream().noneMatch((other) -> !other.equals(pkg) && pkg.startsWith(other + ".")))
			.forEach(roots::add);
		return roots;
	}

	private boolean isJpaPresent() {
		return Library.JPA.isPresent(this.resourceLoader.getClassLoader());
	}

	private boolean isFlywayPresent() {
		return Library.FLYWAY.isPresent(this.resourceLoader.getClassLoader());
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = (ListableBeanFactory) beanFactory;
	}

}
