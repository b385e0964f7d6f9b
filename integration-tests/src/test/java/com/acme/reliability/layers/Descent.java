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

package com.acme.reliability.layers;

import java.util.List;
import java.util.Objects;
import java.util.Random;

import io.github.multids.DataSourceContext;

/**
 * One random chain of routed calls through {@link Layer layers} and explicit
 * {@link DataSourceContext} switches, which throws at a random depth and catches at a
 * random shallower depth, or lets the exception escape; every frame checks that the
 * current source is the one it expects, before, after and while unwinding.
 *
 * @author multids
 */
public final class Descent {

	private static final List<String> SOURCES = List.of("orders", "events", "scratch");

	private final List<Layer> layers;

	private final Random random;

	private final HygieneCounters counters;

	private final int maxDepth;

	private final int throwAt;

	private final int catchAt;

	private int depth;

	private int calls;

	private Descent(List<Layer> layers, Random random, HygieneCounters counters, int maxDepth, int throwAt,
			int catchAt) {
		this.layers = layers;
		this.random = random;
		this.counters = counters;
		this.maxDepth = maxDepth;
		this.throwAt = throwAt;
		this.catchAt = catchAt;
	}

	/**
	 * Plan a descent of up to 12 levels that throws at a random depth (two times in
	 * three) and catches at a random shallower depth (two times in three), else lets the
	 * exception escape.
	 * @param layers the layers to choose from at each level
	 * @param random the random choices
	 * @param counters the counters to update
	 * @return the descent
	 */
	static Descent random(List<Layer> layers, Random random, HygieneCounters counters) {
		int maxDepth = 1 + random.nextInt(12);
		int throwAt = (random.nextInt(3) == 0) ? -1 : 1 + random.nextInt(maxDepth);
		int catchAt = (random.nextInt(3) == 0) ? 0 : 1 + random.nextInt(Math.max(1, throwAt));
		return new Descent(layers, random, counters, maxDepth, throwAt, catchAt);
	}

	/**
	 * Plan a descent that throws at its deepest level and never catches.
	 * @param layers the layers to choose from at each level
	 * @param random the random choices
	 * @param counters the counters to update
	 * @return the descent
	 */
	static Descent escaping(List<Layer> layers, Random random, HygieneCounters counters) {
		int maxDepth = 1 + random.nextInt(12);
		return new Descent(layers, random, counters, maxDepth, maxDepth, 0);
	}

	/**
	 * Return the number of layer steps taken so far.
	 * @return the number of routed calls
	 */
	int calls() {
		return this.calls;
	}

	/**
	 * Run the descent from the top, on a thread where {@code expected} is current.
	 * @param expected the source current at the top, or {@code null}
	 */
	void start(String expected) {
		try {
			startEscaping(expected);
		}
		catch (SimulatedFailure ex) {
			this.counters.countEscape();
		}
		check(expected);
	}

	/**
	 * Run the descent from the top, letting an uncaught exception out.
	 * @param expected the source current at the top, or {@code null}
	 */
	void startEscaping(String expected) {
		check(expected);
		next(expected);
		check(expected);
	}

	/**
	 * Take the step of one layer, on which {@code expected} must be current.
	 * @param expected the source the layer must run on, or {@code null}
	 */
	public void step(String expected) {
		this.calls++;
		this.counters.countCall();
		check(expected);
		int level = ++this.depth;
		try {
			if (level == this.throwAt) {
				this.counters.countThrow();
				throw new SimulatedFailure(level);
			}
			if (level < this.maxDepth) {
				next(expected);
			}
		}
		catch (SimulatedFailure ex) {
			if (level != this.catchAt) {
				throw ex;
			}
		}
		finally {
			this.depth--;
		}
		check(expected);
	}

	private void next(String expected) {
		Layer layer = this.layers.get(this.random.nextInt(this.layers.size()));
		if (this.random.nextInt(4) == 0) {
			String source = SOURCES.get(this.random.nextInt(SOURCES.size()));
			DataSourceContext.run(source, () -> layer.descend(this, source));
			check(expected);
		}
		else {
			layer.descend(this, expected);
		}
	}

	private void check(String expected) {
		String current = DataSourceContext.current().orElse(null);
		if (!Objects.equals(expected, current)) {
			this.counters.countViolation(Thread.currentThread().getName() + " at depth " + this.depth + ": expected "
					+ expected + " but " + current + " was current");
		}
	}

}
