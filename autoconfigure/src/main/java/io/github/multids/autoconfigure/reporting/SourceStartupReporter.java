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

import java.util.StringJoiner;

import io.github.multids.autoconfigure.reporting.SourceDescription.Migrations;
import io.github.multids.autoconfigure.reporting.SourceDescription.Sharding;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Logs one line per source once the application's beans are ready: what it points at, its
 * pool size, entities, repositories and migrations.
 *
 * @author multids
 */
public class SourceStartupReporter implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SourceStartupReporter.class);

	private final SourceDescriber describer;

	public SourceStartupReporter(SourceDescriber describer) {
		this.describer = describer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (logger.isInfoEnabled()) {
			for (SourceDescription source : this.describer.describeAll()) {
				logger.info(line(source));
				if (source.reads() != null) {
					source.reads().replicas().forEach((replica) -> logger.info(line(source, replica)));
				}
			}
		}
	}

	static String line(SourceDescription source) {
		return "Source '" + source.name() + "'" + (source.defaultSource() ? " (default)" : "") + ": " + source.url()
				+ ", pool max " + ((source.pool() != null) ? source.pool().max() : "n/a") + ", "
				+ source.entities().size() + " entities, " + source.repositories().size() + " repositories, "
				+ source.beans().size() + " routed beans, " + ((source.sharding() != null) ? sharded(source.sharding())
						: (source.tenants() != null) ? tenants(source.tenants()) : migrations(source.migrations()));
	}

	// A pool per tenant, opened on first use: the counts, never one line per tenant
	private static String tenants(SourceDescription.Tenants tenants) {
		return "a database per tenant (" + tenants.template() + "), " + tenants.registered() + " tenants registered, "
				+ tenants.open() + " pools open, max-open " + tenants.maxOpen() + ", idle-timeout "
				+ tenants.idleTimeout() + ", " + ((tenants.migrations() != null)
						? tenants.migrations() + " migrations run on each tenant's database" : "no migrations")
				+ ", ddl-auto none";
	}

	// Hibernate cannot validate a schema through the engine, hence the ddl-auto default
	private static String sharded(Sharding sharding) {
		StringJoiner databases = new StringJoiner(", ");
		sharding.databases()
			.forEach((database) -> databases
				.add(database.name() + " " + database.url() + " (" + migrations(database.migrations()) + ")"));
		return "sharded by ShardingSphere-JDBC (" + sharding.configuration() + ") over " + databases + ", tables "
				+ sharding.tables() + ", ddl-auto defaults to none";
	}

	static String line(SourceDescription source, SourceDescription.ReplicaState replica) {
		SourceDescription.Reads reads = source.reads();
		return "Replica '" + replica.pool() + "' of source '" + source.name() + "': " + replica.url() + ", weight "
				+ replica.weight() + ", " + replica.state()
				+ ((replica.lagMs() != null) ? " (lag " + replica.lagMs() + " ms)" : "")
				+ ((replica.error() != null) ? " (" + replica.error() + ")" : "") + ", max-lag " + reads.maxLag()
				+ ", read-your-writes " + (reads.readYourWrites() ? "on" : "off") + " ("
				+ ((reads.replication() != null) ? reads.replication() : "unknown") + " replication position)";
	}

	private static String migrations(Migrations migrations) {
		if (migrations == null) {
			return "no migrations";
		}
		if (migrations.error() != null) {
			return "migrations unknown (" + migrations.error() + ")";
		}
		if ("liquibase".equals(migrations.library())) {
			return "liquibase " + migrations.applied() + " change sets applied, " + migrations.pending()
					+ " pending (last " + migrations.currentVersion() + ")";
		}
		return "migrations " + migrations.applied() + " applied, " + migrations.pending() + " pending (version "
				+ migrations.currentVersion() + ")";
	}

}
