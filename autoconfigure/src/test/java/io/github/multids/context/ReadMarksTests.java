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
package io.github.multids.context;

import io.github.multids.ReadYourWrites;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thread's marks of its writes, and the token that carries them.
 */
class ReadMarksTests {

	private final Object orders = new Object();

	private final Object ordersOfAnotherApplication = new Object();

	@Test
	void aMarkIsKeptPerApplicationAndATokenAppliesByName() throws Exception {
		String[] seen = new String[3];
		Thread thread = new Thread(() -> {
			ReadMarks marks = ReadMarks.current();
			long written = System.nanoTime();
			marks.wrote(this.orders, "orders", written);
			seen[0] = String.valueOf(marks.lastWrite(this.orders, "orders") == written);
			seen[1] = String.valueOf(marks.lastWrite(this.ordersOfAnotherApplication, "orders") == ReadMarks.NONE);
			seen[2] = marks.token();
		});
		thread.start();
		thread.join();
		assertThat(seen[0]).isEqualTo("true");
		assertThat(seen[1]).isEqualTo("true");
		assertThat(seen[2]).matches("orders:\\d+");
		long[] applied = new long[2];
		Thread reader = new Thread(() -> {
			ReadYourWrites.run(seen[2], () -> applied[0] = ReadMarks.current().lastWrite(this.orders, "orders"));
			applied[1] = ReadMarks.current().lastWrite(this.orders, "orders");
		});
		reader.start();
		reader.join();
		assertThat(applied[0]).as("the token's write, within run").isNotEqualTo(ReadMarks.NONE);
		assertThat(applied[1]).as("after run").isEqualTo(ReadMarks.NONE);
	}

	@Test
	void aTokenIsNeverEarlierThanTheWriteAndBadPartsAreLeftOut() throws Exception {
		long[] result = new long[2];
		Thread thread = new Thread(() -> {
			ReadMarks marks = ReadMarks.current();
			long written = System.nanoTime();
			marks.wrote(this.orders, "orders", written);
			String token = marks.token();
			Thread other = new Thread(() -> {
				ReadMarks.current().merge(token + "|garbage|events:soon");
				result[0] = ReadMarks.current().lastWrite(new Object(), "orders") - written;
				result[1] = ReadMarks.current().lastWrite(new Object(), "events");
			});
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		thread.start();
		thread.join();
		assertThat(result[0]).as("token mark minus the write").isGreaterThanOrEqualTo(0).isLessThan(2_000_000);
		assertThat(result[1]).isEqualTo(ReadMarks.NONE);
	}

	@Test
	void writesInsideRunStayTheThreadsAndTheTokensDoNot() throws Exception {
		long[] after = new long[2];
		Thread thread = new Thread(() -> {
			ReadYourWrites.run("events:" + System.currentTimeMillis(),
					() -> ReadMarks.current().wrote(this.orders, "orders", System.nanoTime()));
			after[0] = ReadMarks.current().lastWrite(this.orders, "orders");
			after[1] = ReadMarks.current().lastWrite(new Object(), "events");
		});
		thread.start();
		thread.join();
		assertThat(after[0]).isNotEqualTo(ReadMarks.NONE);
		assertThat(after[1]).isEqualTo(ReadMarks.NONE);
	}

}
