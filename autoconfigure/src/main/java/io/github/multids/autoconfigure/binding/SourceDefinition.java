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
package io.github.multids.autoconfigure.binding;

import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;

/**
 * Everything configured for one source, bound once at startup from `datasources.<name>`
 * and the `spring.*` defaults; every concern (pool, JPA, Flyway, SQL scripts, health,
 * routing map) reads its part from here.
 *
 * @author multids
 */
public final class SourceDefinition {

	private final String name;

	private final SourceSettings settings;

	private final @Nullable String url;

	private final HikariConfig pool;

	private final List<ReplicaDefinition> replicas;

	private final ReadSettings read;

	private final @Nullable TenantSettings tenants;

	private final SqlInitializationProperties sqlInit;

	private final Map<String, Object> sections;

	private final MigrationsAtStart migrationsAtStart;

	SourceDefinition(String name, SourceSettings settings, PoolSettings.Bound pool, List<ReplicaDefinition> replicas,
			@Nullable TenantSettings tenants, ReadSettings read, SqlInitializationProperties sqlInit,
			Map<String, Object> sections) {
		this.name = name;
		this.settings = settings;
		this.url = pool.url();
		this.pool = pool.pool();
		this.replicas = replicas;
		this.read = read;
		this.tenants = tenants;
		this.sqlInit = sqlInit;
		this.sections = Map.copyOf(sections);
		this.migrationsAtStart = MigrationsAtStart.of(name, settings.migrations().atStart());
	}

	/**
	 * Return the source name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return whether `default: true` is set.
	 * @return whether the source is marked as the default
	 */
	public boolean isMarkedDefault() {
		return this.settings.isDefault();
	}

	/**
	 * Return the packages the source owns.
	 * @return the packages
	 */
	public List<String> packages() {
		return List.copyOf(this.settings.packages());
	}

	/**
	 * Return whether the source has a health component.
	 * @return whether health is enabled
	 */
	public boolean isHealthEnabled() {
		return this.settings.health().enabled();
	}

	/**
	 * Return whether the application needs the source to start.
	 * @return whether the source is critical
	 */
	public boolean isCritical() {
		return this.settings.health().critical();
	}

	/**
	 * Return what startup does with the source's migrations.
	 * @return the `migrations.at-start` setting
	 */
	public MigrationsAtStart migrationsAtStart() {
		return this.migrationsAtStart;
	}

	/**
	 * Return the configured url.
	 * @return the url, {@code null} for an embedded H2 database named after the source
	 */
	public @Nullable String url() {
		return this.url;
	}

	/**
	 * Return the url the pool connects to (generated for an embedded database).
	 * @return the JDBC url
	 */
	public String jdbcUrl() {
		return this.pool.getJdbcUrl();
	}

	/**
	 * Return the vendor id of the database, as the `{vendor}` placeholder uses it.
	 * @return the vendor id
	 */
	public String vendor() {
		return JdbcUrls.vendor(this.url);
	}

	/**
	 * Return whether the database is embedded.
	 * @return whether it is embedded
	 */
	public boolean isEmbedded() {
		return JdbcUrls.isEmbedded(this.url);
	}

	/**
	 * Copy the pool configuration (connection, `hikari.*`, pool name) onto a pool.
	 * @param target the pool or configuration to configure
	 */
	public void configurePool(HikariConfig target) {
		this.pool.copyStateTo(target);
	}

	/**
	 * Return the source's read replicas.
	 * @return the replicas in configuration order, empty when it has none
	 */
	public List<ReplicaDefinition> replicas() {
		return this.replicas;
	}

	/**
	 * Return how the source's reads are served when it has replicas.
	 * @return the read settings
	 */
	public ReadSettings read() {
		return this.read;
	}

	/**
	 * Return whether the source is a tenant source: its url holds {@code {tenant}}.
	 * @return whether it has a database per tenant
	 */
	public boolean isTenantSource() {
		return this.tenants != null;
	}

	/**
	 * Return the tenant settings of a tenant source.
	 * @return the settings
	 * @throws IllegalStateException when the source is not a tenant source
	 */
	public TenantSettings tenants() {
		if (this.tenants == null) {
			throw new IllegalStateException("Source '" + this.name + "' is not a tenant source");
		}
		return this.tenants;
	}

	/**
	 * Return the `sql.init.*` settings of the source.
	 * @return the SQL script settings
	 */
	public SqlInitializationProperties sqlInit() {
		return this.sqlInit;
	}

	/**
	 * Return the bound settings of a section.
	 * @param <T> the settings type
	 * @param section the section
	 * @return the settings
	 * @throws IllegalStateException when the section was not bound (its library is
	 * absent)
	 */
	@SuppressWarnings("unchecked")
	public <T> T section(SourceSection<T> section) {
		Object settings = this.sections.get(section.key());
		if (settings == null) {
			throw new IllegalStateException("No " + section.key() + " settings were bound for " + this.name);
		}
		return (T) settings;
	}

}
