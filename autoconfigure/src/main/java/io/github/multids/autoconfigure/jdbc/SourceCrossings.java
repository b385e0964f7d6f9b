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
package io.github.multids.autoconfigure.jdbc;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The crossings seen so far: work that, inside a transaction on one source, wrote on
 * another source outside that transaction, counted by call site and pair of sources.
 *
 * @author multids
 */
public final class SourceCrossings {

	private final ConcurrentMap<Key, LongAdder> counts = new ConcurrentHashMap<>();

	/**
	 * Count one crossing.
	 * @param callSite the method through which the work entered the other source
	 * @param from the source of the transaction
	 * @param to the source the work ran on
	 * @return whether it is the first crossing of that call site and pair
	 */
	boolean record(String callSite, String from, String to) {
		Key key = new Key(callSite, from, to);
		LongAdder count = this.counts.get(key);
		boolean first = false;
		if (count == null) {
			LongAdder created = new LongAdder();
			count = this.counts.putIfAbsent(key, created);
			first = (count == null);
			count = first ? created : count;
		}
		count.increment();
		return first;
	}

	/**
	 * Return the crossings seen so far, by call site.
	 * @return the crossings
	 */
	public List<SourceCrossing> list() {
		return this.counts.entrySet()
			.stream()
			.map((entry) -> new SourceCrossing(entry.getKey().callSite(), entry.getKey().from(), entry.getKey().to(),
					entry.getValue().sum()))
			.sorted(Comparator.comparing(SourceCrossing::callSite)
				.thenComparing(SourceCrossing::from)
				.thenComparing(SourceCrossing::to))
			.toList();
	}

	private record Key(String callSite, String from, String to) {
	}

	/**
	 * Work that crossed from a transaction on one source to another source.
	 *
	 * @param callSite the method through which the work entered the other source
	 * @param from the source of the transaction
	 * @param to the source the work ran on outside that transaction
	 * @param count how often it happened
	 */
	public record SourceCrossing(String callSite, String from, String to, long count) {

	}

}
