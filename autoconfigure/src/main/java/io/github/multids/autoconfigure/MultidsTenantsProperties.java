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
package io.github.multids.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Describes {@code multids.tenants.*} for IDE completion; multids binds it at startup and
 * refuses any other key under that prefix.
 *
 * @author multids
 * @since 0.4.0
 */
@ConfigurationProperties("multids.tenants")
public class MultidsTenantsProperties {

	/**
	 * The request header that names the tenant of a web request (for example X-Tenant). A
	 * TenantResolver bean, when the application has one, is asked first.
	 */
	private String header;

	public String getHeader() {
		return this.header;
	}

	public void setHeader(String header) {
		this.header = header;
	}

}
