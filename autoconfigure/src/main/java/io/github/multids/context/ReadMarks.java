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

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * When this thread last wrote on each source with replicas: a replica serves its later
 * reads there only once it has replayed a position of the primary sampled after that
 * write. Times are {@link System#nanoTime()}; a token carries them to another thread,
 * request or process as epoch milliseconds.
 * <p>
 * A write is kept under the key of the source's replicas in one application (so that two
 * applications in one JVM with a source of the same name do not share marks), and under
 * the source name alone when it came with a token.
 *
 * @author multids
 */
public final class ReadMarks {

	/**
	 * The mark of a source this thread has not written on.
	 */
	public static final long NONE = Long.MIN_VALUE;

	private static final ThreadLocal<ReadMarks> MARKS = ThreadLocal.withInitial(ReadMarks::new);

	// One instant both clocks describe, to turn a nanoTime into epoch milliseconds and
	// back
	private static final long ANCHOR_NANOS = System.nanoTime();

	private static final long ANCHOR_EPOCH_MILLIS = System.currentTimeMillis();

	private static final long NANOS_PER_MILLI = 1_000_000L;

	// The key of the source's replicas, or the source name for a mark from a token
	private @Nullable Object[] keys = new Object[4];

	private @Nullable String[] sources = new String[4];

	private long[] marks = new long[4];

	private int size;

	private ReadMarks() {
	}

	/**
	 * Return this thread's marks.
	 * @return the marks
	 */
	public static ReadMarks current() {
		return MARKS.get();
	}

	/**
	 * Record that this thread's work on a source was committed on its primary.
	 * @param key the key of the source's replicas
	 * @param source the source name
	 * @param nanos {@link System#nanoTime()} after the commit
	 */
	public void wrote(Object key, String source, long nanos) {
		for (int i = 0; i < this.size; i++) {
			if (this.keys[i] == key) {
				if (nanos - this.marks[i] > 0) {
					this.marks[i] = nanos;
				}
				return;
			}
		}
		if (this.size == this.keys.length) {
			this.keys = Arrays.copyOf(this.keys, this.size * 2);
			this.sources = Arrays.copyOf(this.sources, this.size * 2);
			this.marks = Arrays.copyOf(this.marks, this.size * 2);
		}
		this.keys[this.size] = key;
		this.sources[this.size] = source;
		this.marks[this.size++] = nanos;
	}

	/**
	 * Return when this thread last wrote on a source.
	 * @param key the key of the source's replicas
	 * @param source the source name
	 * @return the {@link System#nanoTime()} of the latest write, or {@link #NONE}
	 */
	public long lastWrite(Object key, String source) {
		long last = NONE;
		for (int i = 0; i < this.size; i++) {
			Object candidate = this.keys[i];
			if ((candidate == key || (candidate instanceof String && source.equals(candidate)))
					&& (last == NONE || this.marks[i] - last > 0)) {
				last = this.marks[i];
			}
		}
		return last;
	}

	/**
	 * Return the marks as a token: `<source>:<epoch millis>` joined by `|`, empty when
	 * this thread wrote nowhere.
	 * @return the token
	 */
	public String token() {
		return token(NONE);
	}

	/**
	 * Return the marks as a token, leaving out writes before a time: a replica further
	 * behind than that serves no reads anyway.
	 * @param notBefore the {@link System#nanoTime()} of the oldest write to keep, or
	 * {@link #NONE} for all
	 * @return the token, empty when no write is kept
	 */
	public String token(long notBefore) {
		if (this.size == 0) {
			return "";
		}
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < this.size; i++) {
			if (notBefore != NONE && this.marks[i] - notBefore < 0) {
				continue;
			}
			if (!token.isEmpty()) {
				token.append('|');
			}
			token.append(this.sources[i]).append(':').append(toEpochMillis(this.marks[i]));
		}
		return token.toString();
	}

	/**
	 * Add the marks of a token to this thread's, keeping the later of two marks of a
	 * source. Parts that cannot be read are left out: a token comes from a client.
	 * @param token a token from {@link #token()}, may be {@code null} or empty
	 */
	public void merge(@Nullable String token) {
		if (token == null || token.isEmpty()) {
			return;
		}
		for (String part : token.split("\\|")) {
			int colon = part.lastIndexOf(':');
			if (colon > 0) {
				try {
					String source = part.substring(0, colon);
					wrote(source, source, toNanos(Long.parseLong(part.substring(colon + 1))));
				}
				catch (NumberFormatException ex) {
					// Not a mark: ignored
				}
			}
		}
	}

	/**
	 * Add the marks of a token until the returned scope closes; then the token's marks no
	 * longer apply, and the writes this thread made meanwhile stay its own.
	 * @param token a token from {@link #token()}, may be {@code null} or empty
	 * @return the scope to close
	 */
	public Scope apply(@Nullable String token) {
		Snapshot before = snapshot();
		merge(token);
		return new Scope(this, before, snapshot());
	}

	// A copy of the marks, for restore
	private Snapshot snapshot() {
		return new Snapshot(Arrays.copyOf(this.keys, this.size), Arrays.copyOf(this.sources, this.size),
				Arrays.copyOf(this.marks, this.size));
	}

	// Whether this thread wrote since a snapshot was taken
	private boolean wroteSince(Snapshot since) {
		for (int i = 0; i < this.size; i++) {
			if (this.marks[i] != since.mark(this.keys[i])) {
				return true;
			}
		}
		return false;
	}

	// Put back the marks of a snapshot, keeping the writes this thread made since 'since'
	// was taken
	private void restore(Snapshot snapshot, Snapshot since) {
		Snapshot now = snapshot();
		this.size = 0;
		for (int i = 0; i < snapshot.keys.length; i++) {
			wrote(snapshot.keys[i], snapshot.sources[i], snapshot.marks[i]);
		}
		for (int i = 0; i < now.keys.length; i++) {
			if (now.marks[i] != since.mark(now.keys[i])) {
				wrote(now.keys[i], now.sources[i], now.marks[i]);
			}
		}
	}

	private static long toEpochMillis(long nanos) {
		// Rounded up: a reader elsewhere must not take the write for earlier than it was
		return ANCHOR_EPOCH_MILLIS + Math.floorDiv(nanos - ANCHOR_NANOS + NANOS_PER_MILLI - 1, NANOS_PER_MILLI);
	}

	private static long toNanos(long epochMillis) {
		// The end of that millisecond, for the same reason
		return ANCHOR_NANOS + (epochMillis - ANCHOR_EPOCH_MILLIS) * NANOS_PER_MILLI + NANOS_PER_MILLI - 1;
	}

	/**
	 * A copy of a thread's marks.
	 */
	private static final class Snapshot {

		private final Object[] keys;

		private final String[] sources;

		private final long[] marks;

		private Snapshot(@Nullable Object[] keys, @Nullable String[] sources, long[] marks) {
			this.keys = keys;
			this.sources = sources;
			this.marks = marks;
		}

		long mark(Object key) {
			for (int i = 0; i < this.keys.length; i++) {
				if (this.keys[i] == key) {
					return this.marks[i];
				}
			}
			return NONE;
		}

	}

	/**
	 * The marks of a token applied to a thread, until closed.
	 */
	public static final class Scope implements AutoCloseable {

		private final ReadMarks marks;

		private final Snapshot before;

		private final Snapshot applied;

		private Scope(ReadMarks marks, Snapshot before, Snapshot applied) {
			this.marks = marks;
			this.before = before;
			this.applied = applied;
		}

		/**
		 * Return whether the thread wrote since the token was applied.
		 * @return whether a mark changed
		 */
		public boolean wrote() {
			return this.marks.wroteSince(this.applied);
		}

		/**
		 * Put back the marks from before the token, without the writes made since.
		 */
		public void discard() {
			this.marks.restore(this.before, this.marks.snapshot());
		}

		@Override
		public void close() {
			this.marks.restore(this.before, this.applied);
		}

	}

}
