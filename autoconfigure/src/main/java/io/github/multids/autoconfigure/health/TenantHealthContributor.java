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

import java.util.stream.Stream;

import io.github.multids.autoconfigure.tenants.TenantPools;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of a tenant source: one {@code tenants} component summarising its
 * registered, open and failing tenants, and each tenant's database on demand at
 * {@code /actuator/health/datasources/<name>/<tenant>} (not listed, so that a thousand
 * tenants are not checked on every probe).
 *
 * @author multids
 */
class TenantHealthContributor implements CompositeHealthContributor {

	static final String SUMMARY = "tenants";

	private static final int SHOWN_FAILING = 10;

	private final TenantPools pools;

	private final HealthIndicator summary;

	TenantHealthContributor(TenantPools pools) {
		this.pools = pools;
		this.summary = this::summary;
	}

	@Override
	public @Nullable HealthContributor getContributor(String name) {
		if (SUMMARY.equals(name)) {
			return this.summary;
		}
		return this.pools.isRegistered(name) ? new SourceHealthIndicator(this.pools.dataSource(name)) : null;
	}

	@Override
	public Stream<Entry> stream() {
		return Stream.of(new Entry(SUMMARY, this.summary));
	}

	// Down only when every registered tenant failed to connect last time it was used
	private Health summary() {
		TenantPools.Figures figures = this.pools.figures();
		boolean down = figures.registered() > 0 && figures.failing().size() == figures.registered();
		Health.Builder builder = down ? Health.down() : Health.up();
		builder.withDetail("template", this.pools.maskedTemplate())
			.withDetail("registered", figures.registered())
			.withDetail("open", figures.open())
			.withDetail("busy", figures.busy())
			.withDetail("maxOpen", figures.maxOpen())
			.withDetail("failing", figures.failing().size());
		if (!figures.failing().isEmpty()) {
			builder.withDetail("failingTenants",
					figures.failing().subList(0, Math.min(SHOWN_FAILING, figures.failing().size())));
		}
		return builder.build();
	}

}
