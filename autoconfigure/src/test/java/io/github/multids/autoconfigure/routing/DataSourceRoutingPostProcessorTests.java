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

import java.lang.reflect.Method;
import java.util.Arrays;

import io.github.multids.DataSourceContext;
import io.github.multids.autoconfigure.MultiDataSourceAutoConfiguration;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.ClassRouted;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.FinalPartlyRouted;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.Handler;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.Overriding;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.PartlyRouted;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.Probe;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.StringHandler;
import io.github.multids.autoconfigure.routing.probe.RoutingProbes.TransactionalPartlyRouted;
import org.junit.jupiter.api.Test;

import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DataSourceRoutingPostProcessor}: which methods of a bean get the
 * routing advice, and what runs where.
 */
class DataSourceRoutingPostProcessorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultiDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class))
		.withBean("partlyRouted", PartlyRouted.class)
		.withBean("anotherPartlyRouted", PartlyRouted.class)
		.withBean("overriding", Overriding.class)
		.withBean("finalPartlyRouted", FinalPartlyRouted.class)
		.withBean("classRouted", ClassRouted.class)
		.withBean("stringHandler", StringHandler.class)
		.withBean("transactionalPartlyRouted", TransactionalPartlyRouted.class)
		.withPropertyValues("datasources.one.default=true", "datasources.two.url=jdbc:h2:mem:two");

	@Test
	void unassignedMethodOfARoutedBeanGetsNoRoutingAdvice() {
		this.contextRunner.run((context) -> {
			PartlyRouted bean = context.getBean("partlyRouted", PartlyRouted.class);
			assertThat(AopUtils.isCglibProxy(bean)).isTrue();
			assertThat(isRouted(bean, method(PartlyRouted.class, "routed"))).isTrue();
			assertThat(isRouted(bean, method(PartlyRouted.class, "unrouted"))).isFalse();
			assertThat(isRouted(bean, method(Object.class, "toString"))).isFalse();
			assertThat(bean.routed()).isEqualTo("two");
			assertThat(bean.unrouted()).isEqualTo("none");
			assertThat(DataSourceContext.call("two", bean::unrouted)).isEqualTo("two");
		});
	}

	@Test
	void methodAnnotationBeatsClassAnnotation() {
		this.contextRunner.run((context) -> {
			ClassRouted bean = context.getBean(ClassRouted.class);
			assertThat(DataSourceContext.call("one", bean::onClassSource)).isEqualTo("two");
			assertThat(DataSourceContext.call("two", bean::onMethodSource)).isEqualTo("one");
		});
	}

	@Test
	void overridingMethodKeepsTheSourceOfTheMethodItOverrides() {
		this.contextRunner.run((context) -> {
			Overriding bean = context.getBean(Overriding.class);
			assertThat(bean.routed()).isEqualTo("overridden two");
			assertThat(bean.unrouted()).isEqualTo("none");
			assertThat(isRouted(bean, method(Overriding.class, "unrouted"))).isFalse();
		});
	}

	@Test
	void finalClassIsRoutedThroughItsInterface() {
		this.contextRunner.run((context) -> {
			Probe bean = context.getBean("finalPartlyRouted", Probe.class);
			assertThat(AopUtils.isJdkDynamicProxy(bean)).isTrue();
			assertThat(isRouted(bean, method(Probe.class, "unrouted"))).isFalse();
			assertThat(bean.routed()).isEqualTo("two");
			assertThat(bean.unrouted()).isEqualTo("none");
		});
	}

	@Test
	void genericMethodCalledThroughItsBridgeIsRouted() {
		this.contextRunner.run((context) -> {
			Handler<String> handler = context.getBean(StringHandler.class);
			assertThat(handler.handle("x")).isEqualTo("x on two");
		});
	}

	@Test
	void routingAdviceRunsOutsideTheTransactionAdvice() {
		this.contextRunner.run((context) -> {
			TransactionalPartlyRouted bean = context.getBean(TransactionalPartlyRouted.class);
			assertThat(((Advised) bean).getAdvisors()[0].getAdvice()).isInstanceOf(SourceRoutingInterceptor.class);
			assertThat(bean.routedUrl()).startsWith("jdbc:h2:mem:two");
			assertThat(bean.unroutedUrl()).startsWith("jdbc:h2:mem:one");
		});
	}

	@Test
	void beansOfOneClassShareItsRoutingAndProxyClass() {
		this.contextRunner.run((context) -> {
			Object first = context.getBean("partlyRouted");
			Object second = context.getBean("anotherPartlyRouted");
			assertThat(first.getClass()).isSameAs(second.getClass());
			assertThat(((Advised) first).getAdvisors()).isEqualTo(((Advised) second).getAdvisors());
		});
	}

	private static boolean isRouted(Object proxy, Method method) {
		Class<?> targetClass = AopUtils.getTargetClass(proxy);
		return Arrays.stream(((Advised) proxy).getAdvisors())
			.filter((advisor) -> advisor.getAdvice() instanceof SourceRoutingInterceptor)
			.map((advisor) -> ((PointcutAdvisor) advisor).getPointcut().getMethodMatcher())
			.anyMatch((matcher) -> matcher.matches(method, targetClass));
	}

	private static Method method(Class<?> type, String name) {
		return ReflectionUtils.findMethod(type, name);
	}

}
