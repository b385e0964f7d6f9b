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

import java.util.ArrayList;
import java.util.List;

/**
 * The multids keys of one source (the rest of `datasources.<name>.*` is bound by each
 * concern onto Spring Boot's own property classes).
 *
 * @author multids
 */
public class SourceSettings {

	/**
	 * Whether this source is the default one, used when no source is current and by
	 * repositories that no rule assigns. Required when there are several sources.
	 */
	private boolean isDefault;

	/**
	 * Packages whose repositories, entities and beans belong to this source; the longest
	 * matching package wins.
	 */
	private List<String> packages = new ArrayList<>();

	/**
	 * Health settings of this source.
	 */
	private final Health health = new Health();

	public boolean isDefault() {
		return this.isDefault;
	}

	public void setDefault(boolean isDefault) {
		this.isDefault = isDefault;
	}

	public List<String> getPackages() {
		return this.packages;
	}

	public void setPackages(List<String> packages) {
		this.packages = packages;
	}

	public Health getHealth() {
		return this.health;
	}

	/**
	 * Health settings of one source.
	 */
	public static class Health {

		/**
		 * Whether this source has a health component.
		 */
		private boolean enabled = true;

		/**
		 * Whether the application needs this source: a critical source that cannot be
		 * reached fails startup.
		 */
		private boolean critical = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isCritical() {
			return this.critical;
		}

		public void setCritical(boolean critical) {
			this.critical = critical;
		}

	}

}
