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
package io.github.multids.autoconfigure.binding;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.util.StringUtils;

/**
 * Facts read from a JDBC url: its vendor, whether it is embedded, and the url with the
 * credentials it may carry masked, so that it can be logged and reported.
 *
 * @author multids
 */
public final class JdbcUrls {

	private static final Pattern USER_INFO = Pattern.compile("(//[^/?;@:]+):[^/?;@]*@");

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)((?:password|pwd|passwd)=)[^&;]*");

	private static final String SHARDED_PREFIX = "jdbc:shardingsphere:";

	private JdbcUrls() {
	}

	/**
	 * Return whether a source's url is that of Apache ShardingSphere-JDBC, whose
	 * configuration file lists the physical databases of a sharded source.
	 * @param url a JDBC url, {@code null} for an embedded H2 database
	 * @return whether the source is sharded
	 */
	public static boolean isSharded(@Nullable String url) {
		return url != null && url.startsWith(SHARDED_PREFIX);
	}

	/**
	 * Return the location of the engine's configuration file in the url of a sharded
	 * source, as the engine reads it ({@code classpath:sharding/orders.yaml}).
	 * @param url the url of a sharded source
	 * @return the location
	 */
	public static String shardingConfiguration(String url) {
		return url.substring(SHARDED_PREFIX.length());
	}

	/**
	 * Return the url with any password replaced by {@code ******}.
	 * @param url a JDBC url, may be {@code null}
	 * @return the masked url
	 */
	public static @Nullable String mask(@Nullable String url) {
		if (url == null) {
			return null;
		}
		String masked = USER_INFO.matcher(url).replaceAll("$1:******@");
		return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1******");
	}

	/**
	 * Return the vendor id of a source's url (`postgresql`, `mysql`, `h2`, ...), as used
	 * by the `{vendor}` placeholder of migration and script locations.
	 * @param url a JDBC url, {@code null} for an embedded H2 database
	 * @return the vendor id
	 */
	public static String vendor(@Nullable String url) {
		return driver(url).getId();
	}

	/**
	 * Return locations with the `{vendor}` placeholder replaced by a vendor id, as
	 * migration and script locations use it.
	 * @param locations the locations
	 * @param vendor the vendor id, see {@link #vendor(String)}
	 * @return the resolved locations
	 */
	public static List<String> withVendor(List<String> locations, String vendor) {
		return locations.stream().map((location) -> location.replace("{vendor}", vendor)).toList();
	}

	/**
	 * Return the database driver of a source's url.
	 * @param url a JDBC url, {@code null} for an embedded H2 database
	 * @return the database driver, {@code UNKNOWN} when the url names none
	 */
	public static DatabaseDriver driver(@Nullable String url) {
		return StringUtils.hasText(url) ? DatabaseDriver.fromJdbcUrl(url) : DatabaseDriver.H2;
	}

	/**
	 * Return whether a source's url is that of an embedded database.
	 * @param url a JDBC url, {@code null} for an embedded H2 database
	 * @return whether the database is embedded
	 */
	public static boolean isEmbedded(@Nullable String url) {
		if (isSharded(url)) {
			return false;
		}
		return !StringUtils.hasText(url)
				|| EmbeddedDatabaseConnection.isEmbedded(driver(url).getDriverClassName(), url);
	}

}
