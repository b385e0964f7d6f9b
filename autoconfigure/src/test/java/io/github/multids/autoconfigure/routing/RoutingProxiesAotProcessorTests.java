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
package io.github.multids.autoconfigure.routing;

import java.util.ArrayList;

import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.ClassRouted;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.FinalPartlyRouted;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.Probe;
import org.junit.jupiter.api.Test;

import org.springframework.aop.SpringProxy;
import org.springframework.aop.framework.Advised;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationCode;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.DecoratingProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link RoutingProxiesAotProcessor}.
 *
 * @author multids
 */
class RoutingProxiesAotProcessorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MultiDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class))
		.withBean("finalPartlyRouted", FinalPartlyRouted.class)
		.withBean("classRouted", ClassRouted.class)
		.withBean("unrouted", ArrayList.class)
		.withPropertyValues("datasources.one.default=true", "datasources.two.url=jdbc:h2:mem:two");

	private final RoutingProxiesAotProcessor processor = new RoutingProxiesAotProcessor();

	@Test
	void registersJdkProxyOfFinalRoutedClass() {
		this.contextRunner.run((context) -> {
			RuntimeHints hints = new RuntimeHints();
			apply(this.processor.processAheadOfTime(RegisteredBean.of(context.getBeanFactory(), "finalPartlyRouted")),
					hints);
			assertThat(RuntimeHintsPredicates.proxies()
				.forInterfaces(Probe.class, SpringProxy.class, Advised.class, DecoratingProxy.class)).accepts(hints);
		});
	}

	@Test
	void preparesClassProxyOfRoutedClass() {
		this.contextRunner.run((context) -> assertThat(
				this.processor.processAheadOfTime(RegisteredBean.of(context.getBeanFactory(), "classRouted")))
			.isNotNull());
	}

	@Test
	void leavesUnroutedBeansAlone() {
		this.contextRunner.run((context) -> {
			assertThat(this.processor.processAheadOfTime(RegisteredBean.of(context.getBeanFactory(), "unrouted")))
				.isNull();
			assertThat(this.processor.processAheadOfTime(RegisteredBean.of(context.getBeanFactory(), "oneDataSource")))
				.isNull();
		});
	}

	private static void apply(BeanRegistrationAotContribution contribution, RuntimeHints hints) {
		assertThat(contribution).isNotNull();
		GenerationContext generationContext = mock(GenerationContext.class);
		given(generationContext.getRuntimeHints()).willReturn(hints);
		contribution.applyTo(generationContext, mock(BeanRegistrationCode.class));
	}

}
