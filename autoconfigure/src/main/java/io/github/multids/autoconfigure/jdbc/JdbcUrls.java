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
package io.github.multids.autoconfigure.jdbc;

import java.util.regex.Pattern;

/**
 * Masks credentials that a JDBC url may carry, so that urls can be logged and reported.
 *
 * @author multids
 */
public final class JdbcUrls {

	private static final Pattern USER_INFO = Pattern.compile("(//[^/?;@:]+):[^/?;@]*@");

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)((?:password|pwd|passwd)=)[^&;]*");

	private JdbcUrls() {
	}

	/**
	 * Return the url with any password replaced by {@code ******}.
	 * @param url a JDBC url, may be {@code null}
	 * @return the masked url
	 */
	public static String mask(String url) {
		if (url == null) {
			return null;
		}
		String masked = USER_INFO.matcher(url).replaceAll("$1:******@");
		return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1******");
	}

}
