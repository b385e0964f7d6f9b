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
 * Per-thread stack of tenant names behind {@link io.github.multids.TenantContext}.
 * Internal: applications use {@code TenantContext}.
 *
 * @author multids
 */
public final class TenantStack {

	private static final ThreadLocal<TenantStack> STACKS = ThreadLocal.withInitial(TenantStack::new);

	private @Nullable String[] names = new String[4];

	private int depth;

	private TenantStack() {
	}

	/**
	 * Return this thread's stack.
	 * @return the stack
	 */
	public static TenantStack current() {
		return STACKS.get();
	}

	/**
	 * Return the innermost tenant, or {@code null} when none is pushed.
	 * @return the top of the stack
	 */
	public @Nullable String peek() {
		int depth = this.depth;
		return (depth != 0) ? this.names[depth - 1] : null;
	}

	/**
	 * Push a tenant that the caller has already checked.
	 * @param name the tenant
	 */
	public void push(String name) {
		if (this.depth == this.names.length) {
			this.names = Arrays.copyOf(this.names, this.depth * 2);
		}
		this.names[this.depth++] = name;
	}

	/**
	 * Pop the innermost tenant.
	 */
	public void pop() {
		this.names[--this.depth] = null;
	}

	/**
	 * Replace this thread's stack content with a single tenant, returning the previous
	 * content so that {@link #restore(String[])} can put it back (used when a task hops
	 * threads).
	 * @param name the tenant to make current, or {@code null} for none
	 * @return the previous content
	 */
	public @Nullable String[] replace(@Nullable String name) {
		String[] previous = Arrays.copyOf(this.names, this.depth);
		Arrays.fill(this.names, 0, this.depth, null);
		this.depth = 0;
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
		Arrays.fill(this.names, 0, this.depth, null);
		this.depth = 0;
		for (String name : previous) {
			push(name);
		}
	}

}
