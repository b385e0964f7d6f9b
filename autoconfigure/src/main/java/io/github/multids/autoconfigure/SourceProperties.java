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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.multids.autoconfigure.binding.SourceSettings;

/**
 * Every key of one source under `datasources.<name>`, for IDE completion.
 *
 * @author multids
 * @since 0.1.0
 */
public class SourceProperties extends SourceSettings {

	/**
	 * JDBC url of the database. Without it the source is an embedded H2 database named
	 * after the source.
	 */
	private String url;

	/**
	 * Login username of the database.
	 */
	private String username;

	/**
	 * Login password of the database. Never logged or reported.
	 */
	private String password;

	/**
	 * Fully qualified name of the JDBC driver. Inferred from the url by default.
	 */
	private String driverClassName;

	/**
	 * HikariCP settings of this source's pool (any HikariCP property, in kebab case). The
	 * pool name is the source name.
	 */
	private Map<String, String> hikari = new LinkedHashMap<>();

	/**
	 * JPA settings of this source, with the keys of 'spring.jpa.*' (show-sql,
	 * hibernate.ddl-auto, properties.*, ...).
	 */
	private Map<String, Object> jpa = new LinkedHashMap<>();

	/**
	 * Flyway settings of this source, with the keys of 'spring.flyway.*'. Locations
	 * default to 'classpath:db/migration/<name>'; '{vendor}' is replaced by the database
	 * vendor.
	 */
	private Map<String, Object> flyway = new LinkedHashMap<>();

	/**
	 * SQL script settings of this source, with the keys of 'spring.sql.init.*' under
	 * 'init' (init.mode, init.schema-locations, ...). Scripts default to
	 * 'classpath:db/sql/<name>/schema.sql' and 'data.sql'; '{vendor}' is replaced by the
	 * database vendor.
	 */
	private Map<String, Object> sql = new LinkedHashMap<>();

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getDriverClassName() {
		return this.driverClassName;
	}

	public void setDriverClassName(String driverClassName) {
		this.driverClassName = driverClassName;
	}

	public Map<String, String> getHikari() {
		return this.hikari;
	}

	public Map<String, Object> getJpa() {
		return this.jpa;
	}

	public Map<String, Object> getFlyway() {
		return this.flyway;
	}

	public Map<String, Object> getSql() {
		return this.sql;
	}

}
