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

import java.lang.reflect.Modifier;

import org.jspecify.annotations.Nullable;

import org.springframework.aop.SpringProxy;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.DecoratingProxy;
import org.springframework.util.ClassUtils;

/**
 * Prepares ahead of time the proxies that route the beans assigned to a source: a JDK
 * proxy hint for a final class, else the class proxy itself, generated at build time as
 * Spring's own auto-proxying does.
 *
 * @author multids
 */
class RoutingProxiesAotProcessor implements BeanRegistrationAotProcessor {

	static final String RULES_BEAN_NAME = "multidsRoutingRules";

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		ConfigurableListableBeanFactory beanFactory = registeredBean.getBeanFactory();
		Class<?> type = ClassUtils.getUserClass(registeredBean.getBeanType().toClass());
		if (!beanFactory.containsBean(RULES_BEAN_NAME) || type.isInterface()
				|| !DataSourceRoutingPostProcessor.isApplicationClass(type)) {
			return null;
		}
		RoutingPlan plan = new RoutingPlanner(beanFactory.getBean(RULES_BEAN_NAME, RoutingRules.class)).plan(type);
		if (plan.advisors().isEmpty()) {
			return null;
		}
		return (generationContext, code) -> {
			Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(type, beanFactory.getBeanClassLoader());
			if (Modifier.isFinal(type.getModifiers())) {
				if (interfaces.length > 0) {
					generationContext.getRuntimeHints().proxies().registerJdkProxy(jdkProxyInterfaces(interfaces));
				}
			}
			else {
				proxyFactory(type, interfaces, plan).getProxyClass(beanFactory.getBeanClassLoader());
			}
		};
	}

	// As ProxyFactory(target) configures it at run time, so the generated class is the
	// one
	// that the routing post-processor asks for
	private static ProxyFactory proxyFactory(Class<?> type, Class<?>[] interfaces, RoutingPlan plan) {
		ProxyFactory factory = new ProxyFactory();
		factory.setTargetClass(type);
		factory.setInterfaces(interfaces);
		factory.setProxyTargetClass(true);
		factory.addAdvisors(plan.advisors());
		return factory;
	}

	private static Class<?>[] jdkProxyInterfaces(Class<?>[] interfaces) {
		Class<?>[] all = new Class<?>[interfaces.length + 3];
		System.arraycopy(interfaces, 0, all, 0, interfaces.length);
		all[interfaces.length] = SpringProxy.class;
		all[interfaces.length + 1] = Advised.class;
		all[interfaces.length + 2] = DecoratingProxy.class;
		return all;
	}

}
