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

import java.util.List;

import org.springframework.aop.Advisor;

/**
 * How one bean class is routed: one advisor per source, matching the methods that run on
 * it, and the assignments that decided.
 *
 * @param advisors the advisors, none when no method of the class has a source
 * @param assignments the class and methods assigned to sources
 * @author multids
 */
record RoutingPlan(List<Advisor> advisors, List<SourceAssignment> assignments) {

	/**
	 * The plan of a class none of whose methods has a source.
	 */
	static final RoutingPlan NONE = new RoutingPlan(List.of(), List.of());

	RoutingPlan {
		advisors = List.copyOf(advisors);
		assignments = List.copyOf(assignments);
	}

}
