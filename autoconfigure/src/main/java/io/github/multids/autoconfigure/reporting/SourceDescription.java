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

import java.util.List;

import io.github.multids.autoconfigure.jdbc.PoolFigures;
import org.jspecify.annotations.Nullable;

/**
 * A source as operators see it: where it points, what it holds and how its pool and
 * migrations are doing. Never carries a password.
 *
 * @param name the source name
 * @param defaultSource whether it is the default source
 * @param url the JDBC url with credentials masked
 * @param driver the JDBC driver class name
 * @param packages the package rules of the source
 * @param entities the entities its EntityManagerFactory manages
 * @param repositories the repositories assigned to it and why
 * @param beans the other beans (and methods) assigned to it and why
 * @param migrations its Flyway state, {@code null} without Flyway
 * @param pool its pool figures, {@code null} for a pool that is not HikariCP
 * @param reads how its reads are served when it has replicas, {@code null} without
 * @param sharding its physical databases and sharded tables, {@code null} for a source
 * that is not sharded
 * @param tenants its tenants, {@code null} for a source that is not a tenant source
 * @author multids
 * @since 0.1.0
 */
public record SourceDescription(String name, boolean defaultSource, String url, String driver, List<String> packages,
		List<String> entities, List<Assignment> repositories, List<Assignment> beans, @Nullable Migrations migrations,
		@Nullable PoolFigures pool, @Nullable Reads reads, @Nullable Sharding sharding, @Nullable Tenants tenants) {

	/**
	 * A repository, bean or method and the rule that assigned it.
	 *
	 * @param name the repository interface, bean class or method
	 * @param reason the annotation, package rule or default that decided
	 */
	public record Assignment(String name, String reason) {

	}

	/**
	 * What a sharded source spreads over.
	 *
	 * @param configuration the engine configuration file
	 * @param tables the sharded (logic) tables
	 * @param databases the physical databases, in the order of the file
	 */
	public record Sharding(String configuration, List<String> tables, List<PhysicalDatabase> databases) {

	}

	/**
	 * One physical database of a sharded source.
	 *
	 * @param name its data source name in the engine configuration
	 * @param url its JDBC url with credentials masked
	 * @param migrations its Flyway state, {@code null} without migrations
	 * @param pool its pool figures, {@code null} for a pool that is not HikariCP
	 */
	public record PhysicalDatabase(String name, String url, @Nullable Migrations migrations,
			@Nullable PoolFigures pool) {

	}

	/**
	 * Migration state of a source, by Flyway or Liquibase.
	 *
	 * @param currentVersion the version of the last applied migration (the id of the last
	 * applied change set for Liquibase), {@code null} when none
	 * @param applied the number of applied migrations
	 * @param pending the number of pending migrations
	 * @param error why the state could not be read, {@code null} when it could
	 * @param library `flyway` or `liquibase`
	 */
	public record Migrations(@Nullable String currentVersion, int applied, int pending, @Nullable String error,
			String library) {

	}

	/**
	 * How the reads of a source with replicas are served.
	 *
	 * @param maxLag a replica further behind serves no reads
	 * @param readYourWrites whether a caller's reads after its own write wait for a
	 * replica past it
	 * @param replication the replication position multids reads (`postgresql`, `mariadb`,
	 * `mysql`, or `unknown`)
	 * @param primaryReads reads the primary served because no replica could
	 * @param replicas the replicas
	 */
	public record Reads(String maxLag, boolean readYourWrites, @Nullable String replication, long primaryReads,
			List<ReplicaState> replicas) {

	}

	/**
	 * One replica as its last check found it.
	 *
	 * @param name the replica name
	 * @param pool the pool name, `<source>.<replica>`
	 * @param url the masked url
	 * @param weight the replica's share of the reads
	 * @param state `serving`, `lagging` or `down`
	 * @param lagMs how far behind the primary, {@code null} when not known
	 * @param lagBytes the bytes yet to replay, {@code null} when the engine does not tell
	 * @param reads the reads it served
	 * @param error why it is down, {@code null} unless it is
	 */
	public record ReplicaState(String name, String pool, String url, int weight, String state, @Nullable Long lagMs,
			@Nullable Long lagBytes, long reads, @Nullable String error) {

	}

	/**
	 * The tenants of a tenant source: counts, not one entry per tenant.
	 *
	 * @param template the url with {@code {tenant}}, masked
	 * @param registered the registered tenants
	 * @param open the tenant pools open now
	 * @param busy the open pools with a connection out
	 * @param maxOpen the most pools open at once
	 * @param idleTimeout how long an idle pool stays open
	 * @param failing the tenants whose database could not be reached last time
	 * @param opened the pools opened since startup
	 * @param evicted the idle pools closed to make room for another tenant's
	 * @param migrations the library that migrates each tenant's database, if any
	 */
	public record Tenants(String template, int registered, int open, int busy, int maxOpen, String idleTimeout,
			int failing, long opened, long evicted, @Nullable String migrations) {

	}

}
