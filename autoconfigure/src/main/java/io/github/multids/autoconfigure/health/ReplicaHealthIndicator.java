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

import java.time.Duration;

import io.github.multids.autoconfigure.binding.JdbcUrls;
import io.github.multids.autoconfigure.jdbc.PoolFigures;
import io.github.multids.autoconfigure.replicas.Replica;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of one read replica, as its last background check found it (so a health call
 * never waits for a replica that went away): UP when it serves reads, OUT_OF_SERVICE when
 * it lags beyond `max-lag`, DOWN when it gives no connection; its lag, reads and pool.
 *
 * @author multids
 */
class ReplicaHealthIndicator implements HealthIndicator {

	private final Replica replica;

	ReplicaHealthIndicator(Replica replica) {
		this.replica = replica;
	}

	@Override
	public Health health() {
		Replica.State state = this.replica.state();
		Health.Builder builder = new Health.Builder(switch (state) {
			case SERVING -> Status.UP;
			case LAGGING -> Status.OUT_OF_SERVICE;
			case DOWN -> Status.DOWN;
		});
		builder.withDetail("state", state.name().toLowerCase(java.util.Locale.ROOT))
			.withDetail("url", String.valueOf(JdbcUrls.mask(this.replica.definition().jdbcUrl())))
			.withDetail("weight", this.replica.definition().weight());
		Duration lag = this.replica.lag();
		if (lag != null) {
			builder.withDetail("lagMs", lag.toMillis());
		}
		if (this.replica.lagBytes() >= 0) {
			builder.withDetail("lagBytes", this.replica.lagBytes());
		}
		String error = this.replica.error();
		if (error != null) {
			builder.withDetail("error", error);
		}
		builder.withDetail("reads", this.replica.reads())
			.withDetail("pool", PoolFigures.of(this.replica.pool()).asMap());
		return builder.build();
	}

}
