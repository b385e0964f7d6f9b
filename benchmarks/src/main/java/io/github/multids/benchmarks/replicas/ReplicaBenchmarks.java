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
package io.github.multids.benchmarks.replicas;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A read-only and a read-write transaction, each running one query, on a source with a
 * replica against the same on a source without: what choosing the replica costs a read,
 * and what read-your-writes costs a write (noting the write, no statement).
 *
 * @author multids
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class ReplicaBenchmarks {

	@Benchmark
	public String readOnlyTransactionWithoutReplicas(ReplicaState app) {
		return app.plain.read();
	}

	@Benchmark
	public String readOnlyTransactionOnReplica(ReplicaState app) {
		return app.replicated.read();
	}

	@Benchmark
	public String readWriteTransactionWithoutReplicas(ReplicaState app) {
		return app.plain.write();
	}

	@Benchmark
	public String readWriteTransactionWithReplicasReadYourWritesOff(ReplicaState app) {
		return app.unmarked.write();
	}

	@Benchmark
	public String readWriteTransactionWithReplicasReadYourWritesOn(ReplicaState app) {
		return app.replicated.write();
	}

}
