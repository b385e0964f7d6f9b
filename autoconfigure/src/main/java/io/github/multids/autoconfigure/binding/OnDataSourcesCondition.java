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

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when at least one source is configured under `datasources.*`, unless the
 * application or test excludes Spring Boot's DataSource auto-configuration: then it wants
 * no pool at all.
 *
 * @author multids
 */
public class OnDataSourcesCondition extends SpringBootCondition {

	/**
	 * Spring Boot's DataSource auto-configuration.
	 */
	public static final String DATA_SOURCE_AUTO_CONFIGURATION = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("multids sources");
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null && ConditionEvaluationReport.get(beanFactory)
			.getExclusions()
			.contains(DATA_SOURCE_AUTO_CONFIGURATION)) {
			return ConditionOutcome
				.noMatch(message.because("Spring Boot's DataSource auto-configuration is excluded, so no source is"));
		}
		if (SourceEnvironment.isConfigured(context.getEnvironment())) {
			return ConditionOutcome.match(message.found("property prefix").items(SourceEnvironment.PREFIX));
		}
		return ConditionOutcome.noMatch(message.didNotFind("property prefix").items(SourceEnvironment.PREFIX));
	}

}
