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

package io.github.multids.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The outages of one {@link Replication} not undone yet, so that a test that failed
 * before closing its outage does not leave a replica paused or stopped.
 *
 * @author multids
 */
final class OpenOutages {

	private final List<ReplicaOutage> outages = new ArrayList<>();

	/**
	 * Record an outage.
	 * @param undo what ends it, run once, by the first {@code close()} or by
	 * {@link #undoAll()}
	 * @return the outage
	 */
	synchronized ReplicaOutage open(Runnable undo) {
		AtomicBoolean closed = new AtomicBoolean();
		ReplicaOutage outage = new ReplicaOutage() {

			@Override
			public void close() {
				if (closed.compareAndSet(false, true)) {
					forget(this);
					undo.run();
				}
			}

		};
		this.outages.add(outage);
		return outage;
	}

	/**
	 * Undo every open outage, the latest first.
	 */
	void undoAll() {
		List<ReplicaOutage> open;
		synchronized (this) {
			open = new ArrayList<>(this.outages);
		}
		Collections.reverse(open);
		open.forEach(ReplicaOutage::close);
	}

	private synchronized void forget(ReplicaOutage outage) {
		this.outages.remove(outage);
	}

}
