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

import io.github.multids.autoconfigure.binding.SourceBinder;
import io.github.multids.autoconfigure.binding.SourceKeys;
import io.github.multids.autoconfigure.binding.SourceSection;

import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;

/**
 * The `jpa.*` keys of a source, over `spring.jpa.*` as the defaults of every source.
 *
 * @author multids
 */
public final class JpaSection extends SourceSection<JpaSection.Settings> {

	/**
	 * The section, once.
	 */
	public static final JpaSection INSTANCE = new JpaSection();

	private static final String BOOTSTRAP = "each EntityManagerFactory starts with its source, before the"
			+ " application serves.";

	private JpaSection() {
		super("jpa", "spring.jpa");
	}

	@Override
	public SourceKeys keys() {
		return common()
			.refuse("open-in-view", "opening an EntityManager per web request is not a setting of one source.",
					"Remove the key and set 'spring.jpa.open-in-view' for the application.")
			.build();
	}

	@Override
	public SourceKeys defaultKeys() {
		// open-in-view is applied by OpenEntityManagerInViewAutoConfiguration,
		// defer-datasource-initialization by Spring Boot's database initialization
		return common().values("open-in-view", "defer-datasource-initialization").build();
	}

	private static SourceKeys.Builder common() {
		SourceKeys naming = SourceKeys.builder().values("physical-strategy", "implicit-strategy").build();
		SourceKeys hibernate = SourceKeys.builder().values("ddl-auto").group("naming", naming).build();
		return SourceKeys.builder()
			.values("show-sql", "database", "database-platform", "generate-ddl", "mapping-resources")
			.anythingBelow("properties")
			.group("hibernate", hibernate)
			.refuse("bootstrap", BOOTSTRAP, "Remove the key.");
	}

	@Override
	public Settings bind(SourceBinder binder, String source) {
		String prefix = sourcePrefix(source);
		JpaProperties jpa = new JpaProperties();
		binder.bindOnto(defaultsPrefix(), jpa);
		binder.bindOnto(prefix, jpa);
		HibernateProperties hibernate = new HibernateProperties();
		binder.bindOnto(defaultsPrefix() + ".hibernate", hibernate);
		binder.bindOnto(prefix + ".hibernate", hibernate);
		return new Settings(jpa, hibernate);
	}

	/**
	 * The JPA settings of one source.
	 *
	 * @param jpa the JPA properties
	 * @param hibernate the Hibernate properties
	 */
	public record Settings(JpaProperties jpa, HibernateProperties hibernate) {

	}

}
