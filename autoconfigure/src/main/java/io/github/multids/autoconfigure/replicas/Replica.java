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
package io.github.multids.autoconfigure.replicas;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import com.zaxxer.hikari.HikariDataSource;
import io.github.multids.autoconfigure.binding.ReplicaDefinition;
import io.github.multids.context.ReadMarks;
import org.jspecify.annotations.Nullable;

/**
 * One read replica of a source, as its last check found it.
 *
 * @author multids
 */
public final class Replica {

	/**
	 * What a replica does with reads.
	 */
	public enum State {

		/**
		 * Reachable and within `max-lag`: serves reads.
		 */
		SERVING,

		/**
		 * Reachable, but further behind than `max-lag`: serves no reads.
		 */
		LAGGING,

		/**
		 * Gives no connection, or is not replaying: serves no reads.
		 */
		DOWN

	}

	private final ReplicaDefinition definition;

	private final HikariDataSource pool;

	private final LongAdder reads = new LongAdder();

	private volatile State state = State.DOWN;

	private volatile @Nullable String error = "not checked yet";

	// The start of the newest sample of the primary's position that this replica has
	// replayed: a write committed before that start is visible here
	private volatile long caughtUp = ReadMarks.NONE;

	private volatile long lagNanos = -1;

	private volatile long lagBytes = -1;

	// Read and written by the replica's check only
	private int failures;

	Replica(ReplicaDefinition definition, HikariDataSource pool) {
		this.definition = definition;
		this.pool = pool;
	}

	/**
	 * Return the replica's name under `replicas`.
	 * @return the name
	 */
	public String name() {
		return this.definition.name();
	}

	/**
	 * Return the replica's definition.
	 * @return the definition
	 */
	public ReplicaDefinition definition() {
		return this.definition;
	}

	/**
	 * Return the replica's pool.
	 * @return the pool, named `<n>.<r>`
	 */
	public HikariDataSource pool() {
		return this.pool;
	}

	/**
	 * Return what the replica does with reads.
	 * @return the state
	 */
	public State state() {
		return this.state;
	}

	/**
	 * Return why the replica is down.
	 * @return the error, {@code null} unless down
	 */
	public @Nullable String error() {
		return this.error;
	}

	/**
	 * Return how far behind the primary the replica is: zero when it has replayed the
	 * primary's latest position, else the time since it last had.
	 * @return the lag, {@code null} when not known
	 */
	public @Nullable Duration lag() {
		long lag = this.lagNanos;
		return (lag >= 0) ? Duration.ofNanos(lag) : null;
	}

	/**
	 * Return how many bytes of changes the replica has yet to replay, where the engine
	 * tells (PostgreSQL).
	 * @return the bytes, -1 when not known
	 */
	public long lagBytes() {
		return this.lagBytes;
	}

	/**
	 * Return how many reads the replica has served.
	 * @return the count
	 */
	public long reads() {
		return this.reads.sum();
	}

	long lagNanos() {
		return this.lagNanos;
	}

	boolean serves(long lastWrite) {
		return this.state == State.SERVING && (lastWrite == ReadMarks.NONE || this.caughtUp - lastWrite > 0);
	}

	void served() {
		this.reads.increment();
	}

	long caughtUp() {
		return this.caughtUp;
	}

	int failures() {
		return this.failures;
	}

	void checked(long caughtUp, long lagNanos, long lagBytes, long maxLagNanos) {
		if (caughtUp != ReadMarks.NONE && (this.caughtUp == ReadMarks.NONE || caughtUp - this.caughtUp > 0)) {
			this.caughtUp = caughtUp;
		}
		this.lagNanos = lagNanos;
		this.lagBytes = lagBytes;
		this.error = null;
		this.failures = 0;
		this.state = (lagNanos > maxLagNanos) ? State.LAGGING : State.SERVING;
	}

	void failed(String error, boolean fromCheck) {
		this.error = error;
		this.state = State.DOWN;
		if (fromCheck) {
			this.failures++;
		}
	}

}
