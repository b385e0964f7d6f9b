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

import org.springframework.util.ClassUtils;

/**
 * The optional libraries multids builds beans for, each known present by the classes it
 * needs.
 *
 * @author multids
 */
public enum Library {

	/**
	 * JPA with Hibernate and Spring Boot's Hibernate support: an EntityManagerFactory per
	 * source.
	 */
	JPA("jakarta.persistence.EntityManagerFactory", "org.hibernate.SessionFactory",
			"org.springframework.boot.hibernate.autoconfigure.HibernateProperties"),

	/**
	 * Spring Data JPA: repositories per source.
	 */
	SPRING_DATA_JPA("org.springframework.data.jpa.repository.JpaRepository"),

	/**
	 * Flyway with Spring Boot's Flyway support: migrations per source.
	 */
	FLYWAY("org.flywaydb.core.Flyway", "org.springframework.boot.flyway.autoconfigure.FlywayProperties"),

	/**
	 * Liquibase with Spring Boot's Liquibase support: a change log per source.
	 */
	LIQUIBASE("liquibase.integration.spring.SpringLiquibase",
			"org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties");

	private final List<String> classNames;

	Library(String... classNames) {
		this.classNames = List.of(classNames);
	}

	/**
	 * Return whether every class the library needs is on the classpath.
	 * @param classLoader the class loader to look in
	 * @return whether the library is present
	 */
	public boolean isPresent(ClassLoader classLoader) {
		return this.classNames.stream().allMatch((name) -> ClassUtils.isPresent(name, classLoader));
	}

}
