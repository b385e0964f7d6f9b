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

package io.github.multids.test;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opentest4j.TestAbortedException;

/**
 * The replication of the test run, per vendor, located once per JVM: PostgreSQL's primary
 * 127.0.0.1:5432 with replicas {@code r1} on 5433 and {@code r2} on 5434, and a MariaDB
 * primary on 127.0.0.1:3307 with replica {@code r1} on 3308 (through MySQL Connector/J).
 * <p>
 * When a server is unreachable, {@code replication.sh} (which {@code .ci/run} also runs)
 * is run once per JVM to set them up. When they are still unreachable the tests fail
 * under {@code CI=true}, else are skipped with a message saying how to set them up by
 * hand.
 *
 * @author multids
 */
public final class ReplicatedServers {

	private static final Map<Vendor, Replication> replications = new EnumMap<>(Vendor.class);

	private static final Map<Vendor, RuntimeException> failures = new EnumMap<>(Vendor.class);

	private static RuntimeException setupFailure;

	private static boolean setupRan;

	private ReplicatedServers() {
	}

	/**
	 * Return the vendor's replication, setting it up on first use if needed.
	 * @param vendor the kind of server
	 * @return the primary and its replicas
	 * @throws TestAbortedException when it is unavailable outside CI
	 * @throws IllegalStateException when it is unavailable under CI
	 */
	public static synchronized Replication get(Vendor vendor) {
		RuntimeException failure = failures.get(vendor);
		if (failure != null) {
			throw failure;
		}
		try {
			return replications.computeIfAbsent(vendor, ReplicatedServers::locate);
		}
		catch (RuntimeException ex) {
			failures.put(vendor, ex);
			throw ex;
		}
	}

	static synchronized List<Replication> located() {
		return List.copyOf(replications.values());
	}

	private static Replication locate(Vendor vendor) {
		Replication replication = new Replication(ReplicationDialect.of(vendor));
		SQLException problem = replication.ping();
		if (problem != null) {
			setUp();
			problem = replication.ping();
		}
		if (problem == null) {
			return replication;
		}
		String cause = vendor.displayName() + " replication (" + replication + ") is not reachable ("
				+ problem.getMessage() + ")" + ((setupFailure != null) ? " after " + setupFailure.getMessage() : "");
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(
					cause + "\nCI=true, so the replica tests fail instead of being skipped: run 'sudo bash "
							+ ReplicationScript.SOURCE_PATH + "' (.ci/run does).",
					problem);
		}
		String reason = cause + "\nThe replica tests are skipped: run 'sudo bash " + ReplicationScript.SOURCE_PATH
				+ "' to set it up.";
		System.err.println("WARNING: " + reason);
		throw new TestAbortedException(reason);
	}

	private static void setUp() {
		if (setupRan) {
			return;
		}
		setupRan = true;
		try {
			ReplicationScript.run("setup");
		}
		catch (RuntimeException ex) {
			setupFailure = ex;
		}
	}

}
