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
package io.github.multids.autoconfigure.reporting;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.binding.Library;
import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.binding.SourceDefinitions;
import io.github.multids.autoconfigure.jdbc.PoolFigures;
import io.github.multids.autoconfigure.jdbc.SourceCrossings.SourceCrossing;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.replicas.ReplicaSet;
import io.github.multids.autoconfigure.reporting.SourceDescription.Assignment;
import io.github.multids.autoconfigure.reporting.SourceDescription.Migrations;
import io.github.multids.autoconfigure.reporting.SourceDescription.Reads;
import io.github.multids.autoconfigure.reporting.SourceDescription.ReplicaState;
import io.github.multids.autoconfigure.reporting.SourceDescription.Tenants;
import io.github.multids.autoconfigure.routing.DataSourceRoutingPostProcessor;
import io.github.multids.autoconfigure.tenants.TenantPools;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.convert.DurationStyle;

/**
 * Describes each source from its beans, for the routing map endpoint and the startup log.
 *
 * @author multids
 * @since 0.1.0
 */
public final class SourceDescriber {

	private final RoutingMap routingMap;

	private final ListableBeanFactory beanFactory;

	public SourceDescriber(RoutingMap routingMap, ListableBeanFactory beanFactory) {
		this.routingMap = routingMap;
		this.beanFactory = beanFactory;
	}

	/**
	 * Return the source names, in configuration order.
	 * @return the names
	 */
	public Set<String> names() {
		return this.routingMap.model().names();
	}

	/**
	 * Return the crossings between sources seen so far.
	 * @return the crossings, by call site
	 */
	public List<SourceCrossing> crossings() {
		return this.routingMap.crossings().list();
	}

	/**
	 * Describe every source, in configuration order.
	 * @return the descriptions
	 */
	public List<SourceDescription> describeAll() {
		return this.routingMap.model().names().stream().map(this::describe).toList();
	}

	/**
	 * Describe one source.
	 * @param name the source name
	 * @return the description
	 */
	public SourceDescription describe(String name) {
		SourceDefinitions model = this.routingMap.model();
		DataSource dataSource = this.beanFactory.getBean(SourceBean.DATA_SOURCE.of(name), DataSource.class);
		HikariDataSource hikari = (dataSource instanceof HikariDataSource pool) ? pool : null;
		List<Assignment> repositories = this.routingMap.repositories(name)
			.stream()
			.map((assignment) -> new Assignment(assignment.name(), assignment.reason()))
			.toList();
		return new SourceDescription(name, name.equals(model.defaultName()),
				(hikari != null) ? JdbcUrls.mask(hikari.getJdbcUrl()) : null,
				(hikari != null) ? hikari.getDriverClassName() : null, model.get(name).packages(), entities(name),
				repositories, beans(name), migrations(name), (hikari != null) ? PoolFigures.of(hikari) : null,
				reads(model.get(name), ReplicaSet.of(dataSource)),
				ShardingDescriptions.sharding(this.beanFactory, name), tenants(model.get(name)));
	}

	private @Nullable Tenants tenants(SourceDefinition source) {
		if (!source.isTenantSource()) {
			return null;
		}
		TenantPools pools = this.beanFactory.getBean(SourceBean.TENANT_REGISTRY.of(source.name()), TenantPools.class);
		TenantPools.Figures figures = pools.figures();
		return new Tenants(pools.maskedTemplate(), figures.registered(), figures.open(), figures.busy(),
				figures.maxOpen(), print(pools.idleTimeout()), figures.failing().size(), figures.opened(),
				figures.evicted(), pools.migrations().library());
	}

	private static @Nullable Reads reads(SourceDefinition source, @Nullable ReplicaSet replicas) {
		if (replicas == null) {
			return null;
		}
		List<ReplicaState> states = replicas.replicas()
			.stream()
			.map((replica) -> new ReplicaState(replica.name(), replica.definition().qualifiedName(),
					String.valueOf(JdbcUrls.mask(replica.definition().jdbcUrl())), replica.definition().weight(),
					replica.state().name().toLowerCase(Locale.ROOT),
					(replica.lag() != null) ? replica.lag().toMillis() : null,
					(replica.lagBytes() >= 0) ? replica.lagBytes() : null, replica.reads(), replica.error()))
			.toList();
		return new Reads(print(source.read().maxLag()), replicas.isReadYourWrites(), replicas.replication(),
				replicas.primaryReads(), states);
	}

	private static String print(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? DurationStyle.SIMPLE.print(duration, ChronoUnit.SECONDS)
				: DurationStyle.SIMPLE.print(duration);
	}

	private List<Assignment> beans(String name) {
		return this.beanFactory.getBeanProvider(DataSourceRoutingPostProcessor.class)
			.stream()
			.flatMap((postProcessor) -> postProcessor.beanAssignments().stream())
			.filter((assignment) -> assignment.source().equals(name))
			.map((assignment) -> new Assignment(assignment.name(), assignment.reason()))
			.sorted(Comparator.comparing(Assignment::name))
			.toList();
	}

	private List<String> entities(String name) {
		String beanName = SourceBean.ENTITY_MANAGER_FACTORY.of(name);
		if (!Library.JPA.isPresent(getClass().getClassLoader()) || !this.beanFactory.containsBean(beanName)) {
			return List.of();
		}
		return JpaDescriptions.entities(this.beanFactory, beanName);
	}

	private @Nullable Migrations migrations(String name) {
		String liquibase = SourceBean.LIQUIBASE.of(name);
		if (Library.LIQUIBASE.isPresent(getClass().getClassLoader()) && this.beanFactory.containsBean(liquibase)) {
			return LiquibaseDescriptions.migrations(this.beanFactory, liquibase);
		}
		String beanName = SourceBean.FLYWAY.of(name);
		if (!Library.FLYWAY.isPresent(getClass().getClassLoader()) || !this.beanFactory.containsBean(beanName)) {
			return null;
		}
		return FlywayDescriptions.migrations(this.beanFactory, beanName);
	}

}
