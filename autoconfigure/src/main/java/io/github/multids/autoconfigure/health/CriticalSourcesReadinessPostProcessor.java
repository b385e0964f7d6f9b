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
package io.github.multids.autoconfigure.health;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;

/**
 * Adds the critical sources' health components to the `readiness` group, so that an
 * application is not ready while a database it needs is down, and an optional source
 * being down never takes readiness down.
 *
 * @author multids
 */
class CriticalSourcesReadinessPostProcessor implements HealthEndpointGroupsPostProcessor {

	private static final String READINESS = "readiness";

	private final Set<String> criticalMembers;

	private final @Nullable HealthEndpointGroup probe;

	/**
	 * Create a post-processor.
	 * @param criticalMembers the health paths of the critical sources
	 * @param probe the readiness group to use when no other post-processor made one yet,
	 * or {@code null} when availability probes are off
	 */
	CriticalSourcesReadinessPostProcessor(Set<String> criticalMembers, @Nullable HealthEndpointGroup probe) {
		this.criticalMembers = Set.copyOf(criticalMembers);
		this.probe = probe;
	}

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		return new Groups(groups, this.criticalMembers, this.probe);
	}

	/**
	 * Groups whose `readiness` group also holds the critical sources. Where Spring Boot's
	 * probes post-processor has not run yet, it finds this readiness group and keeps it.
	 */
	private record Groups(HealthEndpointGroups delegate, Set<String> criticalMembers,
			HealthEndpointGroup probe) implements HealthEndpointGroups {

		@Override
		public HealthEndpointGroup getPrimary() {
			return this.delegate.getPrimary();
		}

		@Override
		public Set<String> getNames() {
			if (this.probe == null || this.delegate.getNames().contains(READINESS)) {
				return this.delegate.getNames();
			}
			Set<String> names = new java.util.LinkedHashSet<>(this.delegate.getNames());
			names.add(READINESS);
			return names;
		}

		@Override
		public HealthEndpointGroup get(String name) {
			HealthEndpointGroup group = this.delegate.get(name);
			if (!READINESS.equals(name)) {
				return group;
			}
			group = (group != null) ? group : this.probe;
			return (group != null) ? new ReadinessGroup(group, this.criticalMembers) : null;
		}

	}

	/**
	 * The readiness group plus the critical sources.
	 */
	private record ReadinessGroup(HealthEndpointGroup delegate,
			Set<String> criticalMembers) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			// A member is a source's component, or any component below it
			for (String member : this.criticalMembers) {
				if (name.equals(member) || name.startsWith(member + "/")) {
					return true;
				}
			}
			return this.delegate.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.delegate.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.delegate.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.delegate.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.delegate.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return this.delegate.getAdditionalPath();
		}

	}

}
