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
package io.github.multids.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.multids.benchmarks.model.Item;
import io.github.multids.benchmarks.multids.MultidsState;
import io.github.multids.benchmarks.plain.PlainJpaState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A Spring Data JPA {@code findById}, each in its own transaction: through multids on the
 * non-default of two sources, and in a plain single-source Spring Boot application.
 *
 * @author multids
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class JpaBenchmarks {

	@Benchmark
	public Optional<Item> multidsFindById(MultidsState app) {
		return app.items.findById(1L);
	}

	@Benchmark
	public Optional<Item> plainBootFindById(PlainJpaState app) {
		return app.items.findById(1L);
	}

}
