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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.multids.autoconfigure.binding.ReadSettings;
import io.github.multids.autoconfigure.binding.SourceSettings;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Every key of one source under `datasources.<name>`, for IDE completion.
 *
 * @param isDefault whether this source is the default one, used when no source is current
 * and by repositories that no rule assigns. Required when there are several sources.
 * @param packages packages whose repositories, entities and beans belong to this source;
 * the longest matching package wins.
 * @param health health settings of this source.
 * @param migrations what startup does with this source's migrations.
 * @param url JDBC url of the database. Without it the source is an embedded H2 database
 * named after the source.
 * @param username login username of the database.
 * @param password login password of the database. Never logged or reported.
 * @param driverClassName fully qualified name of the JDBC driver. Inferred from the url
 * by default.
 * @param hikari HikariCP settings of this source's pool (any HikariCP property, in kebab
 * case). The pool name is the source name.
 * @param jpa JPA settings of this source, with the keys of 'spring.jpa.*' (show-sql,
 * hibernate.ddl-auto, properties.*, ...), which are their defaults.
 * @param flyway Flyway settings of this source, with the keys of 'spring.flyway.*', which
 * are their defaults. Locations default to 'classpath:db/migration/<name>'; '{vendor}' is
 * replaced by the database vendor.
 * @param liquibase Liquibase settings of this source, with the keys of
 * 'spring.liquibase.*', which are their defaults. The change log defaults to
 * 'classpath:db/changelog/<name>/db.changelog-master.yaml'.
 * @param sql SQL script settings of this source, with the keys of 'spring.sql.init.*'
 * under 'init' (init.mode, init.schema-locations, ...). Scripts default to
 * 'classpath:db/sql/<name>/schema.sql' and 'data.sql'; '{vendor}' is replaced by the
 * database vendor.
 * @param replicas read replicas of this source by name: read-only transactions are served
 * by them. Each inherits the source's username, password, driver and hikari.* unless it
 * sets them; its pool is named '<name>.<replica>' and is read-only.
 * @param read how the reads of a source with replicas are served.
 * @param tenants the tenants of a tenant source: one whose url holds '{tenant}', with a
 * database per tenant and a pool per tenant opened on first use.
 * @author multids
 * @since 0.1.0
 */
public record SourceProperties(@Name("default") @DefaultValue("false") boolean isDefault,
		@DefaultValue List<String> packages, @DefaultValue SourceSettings.Health health,
		@DefaultValue SourceSettings.Migrations migrations, String url, String username, String password,
		String driverClassName, Map<String, String> hikari, Map<String, Object> jpa, Map<String, Object> flyway,
		Map<String, Object> liquibase, Map<String, Object> sql, Map<String, Replica> replicas, ReadSettings read,
		Tenants tenants) {

	/**
	 * The tenants of a tenant source.
	 *
	 * @param names tenants registered at startup (and migrated) before the application
	 * serves; more are registered at run time through the source's TenantRegistry.
	 * @param maxOpen how many tenant pools are open at once: beyond that the least
	 * recently used idle one closes, and work for another tenant waits for one to become
	 * idle.
	 * @param idleTimeout how long a tenant pool with no work stays open.
	 */
	public record Tenants(List<String> names, @DefaultValue("100") int maxOpen,
			@DefaultValue("10m") Duration idleTimeout) {

	}

	/**
	 * One read replica of a source.
	 *
	 * @param url JDBC url of the replica. Required.
	 * @param username login username, the source's by default.
	 * @param password login password, the source's by default. Never logged or reported.
	 * @param driverClassName fully qualified name of the JDBC driver, the source's by
	 * default.
	 * @param weight the replica's share of the reads relative to the other replicas.
	 * @param hikari HikariCP settings of the replica's pool, over the source's;
	 * connection-timeout defaults to 2s unless the source sets it.
	 */
	public record Replica(String url, String username, String password, String driverClassName,
			@DefaultValue("1") int weight, Map<String, String> hikari) {

	}

}
