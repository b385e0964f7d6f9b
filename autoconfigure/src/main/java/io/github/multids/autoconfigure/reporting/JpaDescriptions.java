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

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.BeanFactory;

/**
 * Reads the entities an EntityManagerFactory manages; kept apart so that JPA stays
 * optional.
 *
 * @author multids
 */
final class JpaDescriptions {

	private JpaDescriptions() {
	}

	static List<String> entities(BeanFactory beanFactory, String beanName) {
		EntityManagerFactory factory = beanFactory.getBean(beanName, EntityManagerFactory.class);
		return factory.getMetamodel()
			.getEntities()
			.stream()
			.map((entity) -> entity.getJavaType().getName())
			.sorted()
			.toList();
	}

}
