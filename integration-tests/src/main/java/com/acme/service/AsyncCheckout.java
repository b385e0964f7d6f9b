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

package com.acme.service;

import java.util.concurrent.CompletableFuture;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Runs a {@link Checkout} on the {@code @Async} executor, so that the order's transaction
 * and its crossing to {@code events} happen on a pooled thread.
 *
 * @author multids
 */
@Service
public class AsyncCheckout {

	private final Checkout checkout;

	public AsyncCheckout(Checkout checkout) {
		this.checkout = checkout;
	}

	/**
	 * Place the order on an {@code @Async} thread.
	 * @param marker the customer of the order and the marker of the rows
	 * @param crossing how the order is recorded on {@code events}
	 * @param fail whether to throw after the crossing, rolling the order back
	 * @return the name of the thread that placed the order
	 */
	@Async
	public CompletableFuture<String> place(String marker, Crossing crossing, boolean fail) {
		this.checkout.place(marker, crossing, fail);
		return CompletableFuture.completedFuture(Thread.currentThread().getName());
	}

}
