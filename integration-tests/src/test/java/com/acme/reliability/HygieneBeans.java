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

package com.acme.reliability;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import com.acme.reliability.layers.EventsLayer;
import com.acme.reliability.layers.FollowingLayer;
import com.acme.reliability.layers.HygieneCounters;
import com.acme.reliability.layers.Layer;
import com.acme.reliability.layers.ScratchMethodLayer;
import com.acme.reliability.layers.SimulatedFailure;
import com.acme.reliability.layers.orders.OrdersPackageLayer;
import io.github.multids.DataSourceContext;
import io.github.multids.UseDataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The beans the context-hygiene test adds to the shop: layers on every routing path, and
 * entry points that run descents through them on request threads, the {@code @Async}
 * executor and the scheduler.
 *
 * @author multids
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableScheduling
class HygieneBeans {

	@Bean
	EventsLayer eventsLayer() {
		return new EventsLayer();
	}

	@Bean
	ScratchMethodLayer scratchMethodLayer() {
		return new ScratchMethodLayer();
	}

	@Bean
	OrdersPackageLayer ordersPackageLayer() {
		return new OrdersPackageLayer();
	}

	@Bean
	FollowingLayer followingLayer() {
		return new FollowingLayer();
	}

	@Bean
	HygieneCounters hygieneCounters(List<Layer> layers) {
		return new HygieneCounters(layers);
	}

	@Bean
	AsyncDescents asyncDescents(HygieneCounters counters) {
		return new AsyncDescents(counters);
	}

	@Bean
	ScheduledDescents scheduledDescents(HygieneCounters counters) {
		return new ScheduledDescents(counters);
	}

	/**
	 * Runs descents on Tomcat's request threads; registered as a member class of this
	 * configuration.
	 */
	@RestController
	static class DescentController {

		private final HygieneCounters counters;

		private volatile CyclicBarrier probeBarrier;

		DescentController(HygieneCounters counters) {
			this.counters = counters;
		}

		@GetMapping("/descents")
		long descents(@RequestParam long seed, @RequestParam int count) {
			return this.counters.runDescents(seed, count, null);
		}

		@GetMapping("/descents/escaping")
		@UseDataSource("scratch")
		String escaping(@RequestParam long seed) {
			this.counters.runEscapingDescent(seed, "scratch");
			return "not reached";
		}

		@ExceptionHandler(SimulatedFailure.class)
		ResponseEntity<String> failed(SimulatedFailure ex) {
			return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
				.body(ex.getMessage() + ", current source " + DataSourceContext.current().orElse("none"));
		}

		void expectProbes(int parties) {
			this.probeBarrier = new CyclicBarrier(parties);
		}

		@GetMapping("/probe")
		String probe() throws Exception {
			this.probeBarrier.await(20, TimeUnit.SECONDS);
			return Thread.currentThread().getName() + "=" + DataSourceContext.current().orElse("none");
		}

	}

	/**
	 * Runs descents on the {@code @Async} executor.
	 */
	static class AsyncDescents {

		private final HygieneCounters counters;

		AsyncDescents(HygieneCounters counters) {
			this.counters = counters;
		}

		@Async
		public CompletableFuture<Long> run(long seed, int count, String callerSource) {
			return CompletableFuture.completedFuture(this.counters.runDescents(seed, count, callerSource));
		}

		@Async
		public CompletableFuture<String> probe(CyclicBarrier barrier) throws Exception {
			barrier.await(20, TimeUnit.SECONDS);
			return CompletableFuture
				.completedFuture(Thread.currentThread().getName() + "=" + DataSourceContext.current().orElse("none"));
		}

	}

	/**
	 * Runs descents from a {@code @Scheduled} method while enabled.
	 */
	static class ScheduledDescents {

		private final HygieneCounters counters;

		private volatile boolean enabled = true;

		private volatile long runs;

		private volatile boolean running;

		ScheduledDescents(HygieneCounters counters) {
			this.counters = counters;
		}

		@Scheduled(fixedDelay = 5)
		void run() {
			if (this.enabled) {
				this.running = true;
				try {
					this.counters.runDescents(this.runs++, 100, null);
				}
				finally {
					this.running = false;
				}
			}
		}

		void stop() {
			this.enabled = false;
		}

		boolean isRunning() {
			return this.running;
		}

		long runs() {
			return this.runs;
		}

	}

}
