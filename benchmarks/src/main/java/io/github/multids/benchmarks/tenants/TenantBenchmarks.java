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
package io.github.multids.benchmarks.tenants;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import io.github.multids.TenantContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Borrowing one connection, and running one small query, on a plain source against a
 * tenant source with a tenant current: one hot tenant, and each call the next of 1,000
 * registered tenants whose pools are all open.
 *
 * @author multids
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
public class TenantBenchmarks {

	@Benchmark
	public void plainSourcePool(TenantState app) throws SQLException {
		app.mainPool.getConnection().close();
	}

	@Benchmark
	public void plainSourceInTenantContext(TenantState app) {
		TenantContext.run(app.hot, app.borrowFromMain);
	}

	@Benchmark
	public void hotTenant(TenantState app) {
		TenantContext.run(app.hot, app.borrowFromTenant);
	}

	@Benchmark
	public void cyclingTenants(TenantState app) {
		TenantContext.run(app.nextTenant(), app.borrowFromTenant);
	}

	@Benchmark
	public Long plainSourceQuery(TenantState app) throws Exception {
		return app.countOnMain.call();
	}

	@Benchmark
	public Long hotTenantQuery(TenantState app) throws Exception {
		return TenantContext.call(app.hot, app.countOnTenant);
	}

	@Benchmark
	public Long cyclingTenantsQuery(TenantState app) throws Exception {
		return TenantContext.call(app.nextTenant(), app.countOnTenant);
	}

}
