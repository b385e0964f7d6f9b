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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fresh databases of the test run, named {@code multids_<random>} (plus a suffix) on the
 * servers of {@link DatabaseServers} and dropped when the JVM exits.
 *
 * @author multids
 */
public final class FreshDatabases {

	private static final String RUN = "multids_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private static final List<Runnable> drops = new ArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(FreshDatabases::dropAll, "multids-test-databases-cleanup"));
	}

	private FreshDatabases() {
	}

	/**
	 * Return the name shared by the databases of this run, {@code multids_<random>}.
	 * @return the name
	 */
	public static String runName() {
		return RUN;
	}

	/**
	 * Create the database named after the run on the vendor's server.
	 * @param vendor the kind of server
	 * @return the new, empty database
	 */
	public static Database create(Vendor vendor) {
		return createNamed(vendor, RUN);
	}

	/**
	 * Create the database named after the run and the suffix on the vendor's server.
	 * @param vendor the kind of server
	 * @param suffix appended to the run's name after an underscore
	 * @return the new, empty database
	 */
	public static Database create(Vendor vendor, String suffix) {
		return createNamed(vendor, RUN + "_" + suffix);
	}

	/**
	 * Create the database named after the run and the suffix on the given server.
	 * @param server the server
	 * @param suffix appended to the run's name after an underscore
	 * @return the new, empty database
	 */
	static Database create(DatabaseServer server, String suffix) {
		return createNamed(server, RUN + "_" + suffix);
	}

	private static Database createNamed(Vendor vendor, String name) {
		return createNamed(DatabaseServers.get(vendor), name);
	}

	private static synchronized Database createNamed(DatabaseServer server, String name) {
		try {
			server.execute(server.vendor().createDatabase(name));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not create the test database " + name + " on " + server + ": " + ex.getMessage(), ex);
		}
		drops.add(() -> drop(server, name));
		return new Database(server, server.urlOf(name));
	}

	private static synchronized void dropAll() {
		drops.forEach(Runnable::run);
	}

	private static void drop(DatabaseServer server, String name) {
		try {
			server.execute(server.vendor().dropDatabase(name));
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + " on " + server + ": " + ex.getMessage());
		}
	}

}
