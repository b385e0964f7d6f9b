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

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Prints the per-call benchmarks of one JMH run as a table of ratios to raw HikariCP
 * measured in the same run, then the per-call targets.
 *
 * @author multids
 */
class CallReport {

	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("rawHikari", "raw HikariCP `getConnection()` + `close()` (baseline)");
		ROWS.put("rawHikariBehindDelegatingDataSource",
				"control: the raw pool behind Spring's `DelegatingDataSource` (any wrapper)");
		ROWS.put("sourcePoolDirect", "control: the default source's own pool (\"mainDataSource\"), called directly");
		ROWS.put("routingDefaultSource", "1. routing `dataSource`, default source");
		ROWS.put("routingPushedSource", "1. routing `dataSource` in `DataSourceContext.run(\"other\", ..)`");
		ROWS.put("routingDefaultSourceInTransaction",
				"1. routing `dataSource`, default source, inside a transaction on it (cross-source check: one"
						+ " thread-local read and one comparison)");
		ROWS.put("unassignedMethod", "2. method of an unassigned bean (default source)");
		ROWS.put("unassignedMethodOfRoutedBean",
				"2. method without `@UseDataSource` of a bean that has one `@UseDataSource(\"other\")` method"
						+ " (default source)");
		ROWS.put("useDataSourceMethod", "2. method with `@UseDataSource(\"other\")`");
		ROWS.put("useDataSourceClass", "2. method of a class with `@UseDataSource(\"other\")`");
		ROWS.put("useDataSourceMethodInTransaction",
				"2. method with `@UseDataSource(\"other\")` inside a transaction on `other` (cross-source check)");
		ROWS.put("baomidouUnannotatedMethod", "3. baomidou: method of a bean without `@DS` (primary)");
		ROWS.put("baomidouUnannotatedMethodOfDsBean",
				"3. baomidou: method without `@DS` of a bean that has one `@DS(\"other\")` method (primary)");
		ROWS.put("baomidouDsMethod", "3. baomidou: method with `@DS(\"other\")`");
		ROWS.put("multidsFindById", "4. JPA `findById`, multids, non-default of two sources");
		ROWS.put("plainBootFindById", "4. JPA `findById`, plain single-source Spring Boot");
		ROWS.put("readOnlyTransactionWithoutReplicas",
				"5. read-only transaction with one query, source without replicas");
		ROWS.put("readOnlyTransactionOnReplica",
				"5. read-only transaction with one query, source with a replica (served by the replica)");
		ROWS.put("readWriteTransactionWithoutReplicas",
				"5. read-write transaction with one query, source without replicas");
		ROWS.put("readWriteTransactionWithReplicasReadYourWritesOff",
				"5. read-write transaction with one query, source with a replica, read-your-writes off");
		ROWS.put("readWriteTransactionWithReplicasReadYourWritesOn",
				"5. read-write transaction with one query, source with a replica, read-your-writes on (the write is noted)");
		ROWS.put("plainSourcePool",
				"6. control: plain source `main` of the tenant application, its pool called directly");
		ROWS.put("plainSourceInTenantContext",
				"6. the same plain source inside `TenantContext.run(tenant, ..)` (what making a tenant current costs)");
		ROWS.put("hotTenant", "6. tenant source `shops`, one hot tenant, in `TenantContext.run`");
		ROWS.put("cyclingTenants",
				"6. tenant source `shops`, the next of 1,000 tenants each call (all pools open), in `TenantContext.run`");
		ROWS.put("plainSourceQuery", "6. `select count(*)` on the plain source (`mainJdbcClient`)");
		ROWS.put("hotTenantQuery", "6. the same query on one hot tenant (`shopsJdbcClient` in `TenantContext.call`)");
		ROWS.put("cyclingTenantsQuery", "6. the same query on the next of 1,000 tenants each call");
	}

	private final Map<String, Measured> results = new LinkedHashMap<>();

	CallReport(Collection<RunResult> runResults) {
		for (RunResult run : runResults) {
			String benchmark = run.getParams().getBenchmark();
			Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
			this.results.put(benchmark.substring(benchmark.lastIndexOf('.') + 1),
					new Measured(run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError(),
							(alloc != null) ? alloc.getScore() : Double.NaN));
		}
	}

	void print() {
		Measured raw = this.results.get("rawHikari");
		System.out.println("| path | ns/op | ± (99.9%) | x raw | B/op | B/op over raw |");
		System.out.println("|---|---:|---:|---:|---:|---:|");
		ROWS.forEach((name, label) -> {
			Measured measured = this.results.get(name);
			if (measured != null) {
				System.out.printf("| %s | %.1f | %.1f | %s | %.1f | %s |%n", label, measured.nanos(), measured.error(),
						(raw != null) ? String.format("%.2fx", measured.nanos() / raw.nanos()) : "n/a",
						measured.bytes(),
						(raw != null) ? String.format("%+.1f", measured.bytes() - raw.bytes()) : "n/a");
			}
		});
		System.out.println();
		ratio("Read-only transaction on a replica / without replicas", "readOnlyTransactionOnReplica",
				"readOnlyTransactionWithoutReplicas");
		ratio("Read-write transaction with replicas, read-your-writes on / without replicas",
				"readWriteTransactionWithReplicasReadYourWritesOn", "readWriteTransactionWithoutReplicas");
		ratio("Read-write transaction with replicas, read-your-writes on / off",
				"readWriteTransactionWithReplicasReadYourWritesOn",
				"readWriteTransactionWithReplicasReadYourWritesOff");
		ratio("Hot tenant / plain source (borrow)", "hotTenant", "plainSourcePool");
		ratio("1,000 tenants cycling / plain source (borrow)", "cyclingTenants", "plainSourcePool");
		ratio("Hot tenant / plain source (query)", "hotTenantQuery", "plainSourceQuery");
		ratio("1,000 tenants cycling / plain source (query)", "cyclingTenantsQuery", "plainSourceQuery");
		if (raw != null) {
			printTargets(raw);
		}
	}

	private void ratio(String label, String name, String baseline) {
		Measured measured = this.results.get(name);
		Measured base = this.results.get(baseline);
		if (measured != null && base != null) {
			System.out.printf("%s = %.2fx (%.1f against %.1f ns, %+.1f B/op)%n", label, measured.nanos() / base.nanos(),
					measured.nanos(), base.nanos(), measured.bytes() - base.bytes());
		}
	}

	private void printTargets(Measured raw) {
		Measured jpa = this.results.get("multidsFindById");
		Measured plainJpa = this.results.get("plainBootFindById");
		if (jpa != null && plainJpa != null) {
			System.out.printf("JPA findById: multids / plain Spring Boot = %.2fx%n", jpa.nanos() / plainJpa.nanos());
		}
		for (String name : new String[] { "routingDefaultSource", "routingPushedSource" }) {
			target(name, raw, 1.05);
		}
		for (String name : new String[] { "useDataSourceMethod", "useDataSourceClass" }) {
			target(name, raw, 1.15);
		}
		Measured ds = this.results.get("baomidouDsMethod");
		Measured use = this.results.get("useDataSourceMethod");
		if (ds != null && use != null) {
			double ours = use.nanos() - raw.nanos();
			double theirs = ds.nanos() - raw.nanos();
			System.out.printf("- %s overhead over raw: @UseDataSource %.1f ns, baomidou @DS %.1f ns; ours/theirs = %.2f"
					+ " (target < 0.5)%n", verdict(ours < theirs / 2), ours, theirs, ours / theirs);
		}
		for (String name : new String[] { "routingDefaultSource", "routingPushedSource", "unassignedMethod",
				"unassignedMethodOfRoutedBean", "useDataSourceMethod", "useDataSourceClass" }) {
			Measured measured = this.results.get(name);
			if (measured != null) {
				double extra = measured.bytes() - raw.bytes();
				System.out.printf("- %s %s allocates %.1f B/op, %+.1f B/op over raw HikariCP (target 0)%n",
						verdict(extra < 1), name, measured.bytes(), extra);
			}
		}
	}

	private void target(String name, Measured raw, double limit) {
		Measured measured = this.results.get(name);
		if (measured != null) {
			double ratio = measured.nanos() / raw.nanos();
			System.out.printf("- %s %s = %.2fx raw HikariCP (target <= %.2fx)%n", verdict(ratio <= limit), name, ratio,
					limit);
		}
	}

	static String verdict(boolean met) {
		return met ? "MET   " : "MISSED";
	}

	/**
	 * One benchmark's score.
	 *
	 * @param nanos average time per operation
	 * @param error half-width of its 99.9% confidence interval
	 * @param bytes bytes allocated per operation
	 */
	record Measured(double nanos, double error, double bytes) {
	}

}
