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
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the calls, exceptions and wrong current sources of the descents run by all
 * threads, and runs batches of descents.
 *
 * @author multids
 */
public class HygieneCounters {

	private final LongAdder calls = new LongAdder();

	private final LongAdder thrown = new LongAdder();

	private final LongAdder escaped = new LongAdder();

	private final LongAdder violations = new LongAdder();

	private final Queue<String> samples = new ConcurrentLinkedQueue<>();

	private final List<Layer> layers;

	public HygieneCounters(List<Layer> layers) {
		this.layers = List.copyOf(layers);
	}

	/**
	 * Run descents on the current thread, where {@code expected} is current.
	 * @param seed the seed of the random choices
	 * @param count how many descents
	 * @param expected the source current on this thread, or {@code null}
	 * @return the number of routed calls made
	 */
	public long runDescents(long seed, int count, String expected) {
		Random random = new Random(seed);
		long calls = 0;
		for (int i = 0; i < count; i++) {
			Descent descent = Descent.random(this.layers, random, this);
			descent.start(expected);
			calls += descent.calls();
		}
		return calls;
	}

	/**
	 * Run one descent that throws at its deepest level and lets the exception out.
	 * @param seed the seed of the random choices
	 * @param expected the source current on this thread, or {@code null}
	 * @throws SimulatedFailure always
	 */
	public void runEscapingDescent(long seed, String expected) {
		this.escaped.increment();
		Descent.escaping(this.layers, new Random(seed), this).startEscaping(expected);
	}

	void countCall() {
		this.calls.increment();
	}

	void countThrow() {
		this.thrown.increment();
	}

	void countEscape() {
		this.escaped.increment();
	}

	void countViolation(String description) {
		this.violations.increment();
		if (this.samples.size() < 20) {
			this.samples.add(description);
		}
	}

	public long calls() {
		return this.calls.sum();
	}

	public long thrown() {
		return this.thrown.sum();
	}

	public long escaped() {
		return this.escaped.sum();
	}

	public long violations() {
		return this.violations.sum();
	}

	public List<String> samples() {
		return List.copyOf(this.samples);
	}

}
