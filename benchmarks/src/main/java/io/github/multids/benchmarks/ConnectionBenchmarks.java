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

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import io.github.multids.DataSourceContext;
import io.github.multids.benchmarks.baomidou.BaomidouState;
import io.github.multids.benchmarks.multids.MainTransaction;
import io.github.multids.benchmarks.multids.MultidsState;
import io.github.multids.benchmarks.multids.OtherTransaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Borrowing and returning one connection: from a raw HikariCP pool, through the multids
 * routing {@code dataSource}, through bean methods assigned to a source with multids and
 * with baomidou, through the same methods on unassigned beans, and through an unassigned
 * method of a bean that has one assigned method.
 *
 * @author multids
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class ConnectionBenchmarks {

	@Benchmark
	public void rawHikari(RawPoolState pool) throws SQLException {
		pool.dataSource.getConnection().close();
	}

	@Benchmark
	public void rawHikariBehindDelegatingDataSource(RawPoolState pool) throws SQLException {
		pool.delegating.getConnection().close();
	}

	@Benchmark
	public void sourcePoolDirect(MultidsState app) throws SQLException {
		app.mainPool.getConnection().close();
	}

	@Benchmark
	public void routingDefaultSource(MultidsState app) throws SQLException {
		app.dataSource.getConnection().close();
	}

	@Benchmark
	public void routingPushedSource(MultidsState app) {
		DataSourceContext.run("other", app.borrowFromRouting);
	}

	@Benchmark
	public void routingDefaultSourceInTransaction(MultidsState app, MainTransaction transaction) throws SQLException {
		app.dataSource.getConnection().close();
	}

	@Benchmark
	public void useDataSourceMethodInTransaction(MultidsState app, OtherTransaction transaction) throws SQLException {
		app.methodAssigned.borrow();
	}

	@Benchmark
	public void unassignedMethod(MultidsState app) throws SQLException {
		app.unassigned.borrow();
	}

	@Benchmark
	public void unassignedMethodOfRoutedBean(MultidsState app) throws SQLException {
		app.partlyAssigned.borrow();
	}

	@Benchmark
	public void useDataSourceMethod(MultidsState app) throws SQLException {
		app.methodAssigned.borrow();
	}

	@Benchmark
	public void useDataSourceClass(MultidsState app) throws SQLException {
		app.classAssigned.borrow();
	}

	@Benchmark
	public void baomidouUnannotatedMethod(BaomidouState app) throws SQLException {
		app.unannotated.borrow();
	}

	@Benchmark
	public void baomidouUnannotatedMethodOfDsBean(BaomidouState app) throws SQLException {
		app.partlyDs.borrow();
	}

	@Benchmark
	public void baomidouDsMethod(BaomidouState app) throws SQLException {
		app.dsMethod.borrow();
	}

}
