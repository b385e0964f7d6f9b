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
package io.github.multids.benchmarks.plain;

import io.github.multids.benchmarks.model.Item;
import io.github.multids.benchmarks.model.ItemRepository;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running plain Spring Boot JPA application, as a JMH state shared by the benchmark
 * threads.
 *
 * @author multids
 */
@State(Scope.Benchmark)
public class PlainJpaState {

	private ConfigurableApplicationContext context;

	/**
	 * The repository, holding the item with id 1.
	 */
	public ItemRepository items;

	@Setup
	public void start() {
		this.context = PlainJpaApplication.start();
		this.items = this.context.getBean(ItemRepository.class);
		this.items.save(new Item(1L, "benchmark"));
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

}
