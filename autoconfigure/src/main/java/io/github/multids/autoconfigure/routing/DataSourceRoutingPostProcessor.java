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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.UseDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.AopInfrastructureBean;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.framework.ProxyProcessorSupport;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Wraps each bean assigned to a source (by {@code @UseDataSource} or a package rule) so
 * that its source is current while its assigned methods run; its other methods get no
 * routing advice. The routing advice goes in front of any existing advice, so it runs
 * outside the transaction advice.
 *
 * @author multids
 */
public class DataSourceRoutingPostProcessor extends ProxyProcessorSupport implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(DataSourceRoutingPostProcessor.class);

	private static final Set<String> OWN_PACKAGES = Set.of("io.github.multids", "io.github.multids.autoconfigure",
			"io.github.multids.autoconfigure.jdbc", "io.github.multids.autoconfigure.jpa",
			"io.github.multids.autoconfigure.flyway", "io.github.multids.autoconfigure.routing");

	private final RoutingPlanner planner;

	private final Map<String, String> repositorySources;

	private final Map<Class<?>, RoutingPlan> plans = new ConcurrentHashMap<>();

	public DataSourceRoutingPostProcessor(RoutingRules rules, Map<String, String> repositorySources) {
		this.planner = new RoutingPlanner(rules);
		this.repositorySources = Map.copyOf(repositorySources);
		// Before the @Async post-processor, so that an async hop happens before the push
		setOrder(Ordered.LOWEST_PRECEDENCE - 1);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AopInfrastructureBean || isRouted(bean)) {
			return bean;
		}
		List<Advisor> advisors = advisors(bean);
		if (advisors.isEmpty()) {
			return bean;
		}
		return applyAdvisors(bean, beanName, advisors);
	}

	/**
	 * Return the beans and methods routed so far, by assignment name.
	 * @return the assignments
	 */
	public List<SourceAssignment> beanAssignments() {
		return this.plans.values().stream().flatMap((plan) -> plan.assignments().stream()).distinct().toList();
	}

	private Object applyAdvisors(Object bean, String beanName, List<Advisor> advisors) {
		if (bean instanceof Advised advised && !advised.isFrozen()) {
			for (int i = 0; i < advisors.size(); i++) {
				advised.addAdvisor(i, advisors.get(i));
			}
			return bean;
		}
		return proxy(bean, beanName, advisors);
	}

	private List<Advisor> advisors(Object bean) {
		for (Class<?> ifc : ClassUtils.getAllInterfaces(bean)) {
			String source = this.repositorySources.get(ifc.getName());
			if (source != null) {
				// Every method of a repository queries its source
				UseDataSource annotation = AnnotatedElementUtils.findMergedAnnotation(ifc, UseDataSource.class);
				boolean independent = annotation != null && annotation.independent();
				return List.of(new DefaultPointcutAdvisor(new SourceRoutingInterceptor(source, independent)));
			}
		}
		Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean));
		if (!isApplicationClass(type)) {
			return List.of();
		}
		// Once per class: the beans of a class share its advisors, and so its proxy class
		return this.plans.computeIfAbsent(type, this.planner::plan).advisors();
	}

	static boolean isApplicationClass(Class<?> type) {
		return !type.getName().startsWith("org.springframework.") && !OWN_PACKAGES.contains(type.getPackageName());
	}

	private Object proxy(Object bean, String beanName, List<Advisor> advisors) {
		ProxyFactory factory = new ProxyFactory(bean);
		Class<?> type = ClassUtils.getUserClass(bean);
		if (Modifier.isFinal(type.getModifiers())) {
			if (ClassUtils.getAllInterfaces(bean).length == 0) {
				throw new DataSourceConfigurationException(
						"The bean '" + beanName + "' (" + type.getName()
								+ ") is assigned to a source but its class is final and implements no interface, so its"
								+ " methods cannot be routed.",
						"Make " + type.getSimpleName() + " non-final, or let it implement an interface.");
			}
			evaluateProxyInterfaces(type, factory);
		}
		else {
			factory.setProxyTargetClass(true);
		}
		factory.addAdvisors(advisors);
		if (logger.isTraceEnabled()) {
			logger.trace("Routing bean '" + beanName + "' to its source");
		}
		return factory.getProxy(getProxyClassLoader());
	}

	private boolean isRouted(Object bean) {
		if (bean instanceof Advised advised) {
			for (var advisor : advised.getAdvisors()) {
				if (advisor.getAdvice() instanceof SourceRoutingInterceptor) {
					return true;
				}
			}
		}
		return false;
	}

}
