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
package io.github.multids.autoconfigure.registration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SourceBeansAotExcludeFilter}.
 *
 * @author multids
 */
class SourceBeansAotExcludeFilterTests {

	private final DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

	private final SourceBeanDefinitions beans = new SourceBeanDefinitions(this.beanFactory);

	private final SourceBeansAotExcludeFilter filter = new SourceBeansAotExcludeFilter();

	@Test
	void excludesSourceAndInfrastructureBeansWithSuppliers() {
		this.beans.registerSourceBean("orders", "ordersJdbcClient", StringBuilder.class, StringBuilder::new);
		this.beans.registerInfrastructure("multidsRoutingMap", StringBuilder.class, StringBuilder::new);
		assertThat(this.filter.isExcludedFromAotProcessing(RegisteredBean.of(this.beanFactory, "ordersJdbcClient")))
			.isTrue();
		assertThat(this.filter.isExcludedFromAotProcessing(RegisteredBean.of(this.beanFactory, "multidsRoutingMap")))
			.isTrue();
	}

	@Test
	void keepsUserDefinedBeanOfSourceBeanName() {
		this.beanFactory.registerBeanDefinition("ordersJdbcClient", new RootBeanDefinition(StringBuilder.class));
		this.beans.registerSourceBean("orders", "ordersJdbcClient", StringBuilder.class, StringBuilder::new);
		assertThat(this.filter.isExcludedFromAotProcessing(RegisteredBean.of(this.beanFactory, "ordersJdbcClient")))
			.isFalse();
	}

}
