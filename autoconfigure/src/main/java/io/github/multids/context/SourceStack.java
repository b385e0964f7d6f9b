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
 * Per-thread stack of source names behind {@link io.github.multids.DataSourceContext}.
 * Internal: applications use {@code DataSourceContext}.
 *
 * @author multids
 */
public final class SourceStack {

	private static final ThreadLocal<SourceStack> STACKS = ThreadLocal.withInitial(SourceStack::new);

	private @Nullable String[] names = new String[8];

	// What pushed each level (a method invocation, or null for DataSourceContext), read
	// only when a crossing is reported
	private @Nullable Object[] sites = new Object[8];

	private boolean[] independent = new boolean[8];

	private int depth;

	private SourceStack() {
	}

	/**
	 * Return this thread's stack.
	 * @return the stack
	 */
	public static SourceStack current() {
		return STACKS.get();
	}

	/**
	 * Return the innermost source, or {@code null} when none is pushed.
	 * @return the top of the stack
	 */
	public @Nullable String peek() {
		int depth = this.depth;
		return (depth != 0) ? this.names[depth - 1] : null;
	}

	/**
	 * Push a source name that the caller has already checked.
	 * @param name the source name
	 */
	public void push(String name) {
		push(name, null, false);
	}

	/**
	 * Push a source name that the caller has already checked, with what pushed it.
	 * @param name the source name
	 * @param site the method invocation that entered the source, if any
	 * @param independent whether that method's work on the source is deliberately
	 * independent of an enclosing transaction
	 */
	public void push(String name, @Nullable Object site, boolean independent) {
		if (this.depth == this.names.length) {
			grow();
		}
		this.sites[this.depth] = site;
		this.independent[this.depth] = independent;
		this.names[this.depth++] = name;
	}

	/**
	 * Pop the innermost source.
	 */
	public void pop() {
		this.names[--this.depth] = null;
		this.sites[this.depth] = null;
	}

	/**
	 * Return the number of sources pushed.
	 * @return the depth
	 */
	public int depth() {
		return this.depth;
	}

	/**
	 * Return the source pushed at a level, 0 being the outermost.
	 * @param level the level
	 * @return the source name
	 */
	public @Nullable String nameAt(int level) {
		return this.names[level];
	}

	/**
	 * Return what pushed a level: a method invocation, or {@code null}.
	 * @param level the level
	 * @return the site
	 */
	public @Nullable Object siteAt(int level) {
		return this.sites[level];
	}

	/**
	 * Return whether the method that pushed a level declared its work independent.
	 * @param level the level
	 * @return whether it is independent
	 */
	public boolean isIndependentAt(int level) {
		return this.independent[level];
	}

	/**
	 * Replace this thread's stack content with a single source, returning the previous
	 * content so that {@link #restore(String[])} can put it back (used when a task hops
	 * threads).
	 * @param name the source to make current, or {@code null} for none
	 * @return the previous content
	 */
	public @Nullable String[] replace(@Nullable String name) {
		String[] previous = Arrays.copyOf(this.names, this.depth);
		clear();
		if (name != null) {
			push(name);
		}
		return previous;
	}

	/**
	 * Restore content returned by {@link #replace(String)}.
	 * @param previous the previous content
	 */
	public void restore(@Nullable String[] previous) {
		clear();
		for (String name : previous) {
			push(name);
		}
	}

	private void clear() {
		Arrays.fill(this.names, 0, this.depth, null);
		Arrays.fill(this.sites, 0, this.depth, null);
		this.depth = 0;
	}

	private void grow() {
		this.names = Arrays.copyOf(this.names, this.names.length * 2);
		this.sites = Arrays.copyOf(this.sites, this.sites.length * 2);
		this.independent = Arrays.copyOf(this.independent, this.independent.length * 2);
	}

}
