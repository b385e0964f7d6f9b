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
package io.github.multids.autoconfigure.liquibase;

import javax.sql.DataSource;

import io.github.multids.autoconfigure.binding.SourceDefinition;
import io.github.multids.autoconfigure.registration.SourceBean;
import io.github.multids.autoconfigure.registration.SourceBeanDefinitions;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Registers the `<name>Liquibase` of a source that has a change log; creating it applies
 * the change log.
 *
 * @author multids
 */
public final class LiquibaseSourceBeans {

	private LiquibaseSourceBeans() {
	}

	/**
	 * Return whether the source has a Liquibase change log.
	 * @param source the source
	 * @param resourceLoader the resource loader
	 * @return whether it has one
	 */
	public static boolean hasChangeLog(SourceDefinition source, ResourceLoader resourceLoader) {
		return new SourceLiquibaseFactory(resourceLoader).hasChangeLog(source);
	}

	/**
	 * Register the Liquibase of a source.
	 * @param beans the bean registrations
	 * @param source the source, which has a change log
	 * @param resourceLoader the resource loader
	 * @param beanFactory the bean factory
	 * @param dependsOn beans that must be created before the change log is applied
	 * @return the names of the beans that migrate the source
	 */
	public static String[] register(SourceBeanDefinitions beans, SourceDefinition source, ResourceLoader resourceLoader,
			ListableBeanFactory beanFactory, String... dependsOn) {
		SourceLiquibaseFactory factory = new SourceLiquibaseFactory(resourceLoader);
		String name = source.name();
		String liquibase = SourceBean.LIQUIBASE.of(name);
		beans.registerSourceBean(name, liquibase, SpringLiquibase.class,
				() -> factory.create(source, beanFactory.getBean(SourceBean.DATA_SOURCE.of(name), DataSource.class)),
				StringUtils.concatenateStringArrays(new String[] { SourceBean.DATA_SOURCE.of(name) }, dependsOn));
		return new String[] { liquibase };
	}

}
