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

import io.github.multids.autoconfigure.binding.ReadTokenSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Describes {@code multids.read-your-writes.*} for IDE completion; multids binds it at
 * startup and refuses any other key under that prefix.
 *
 * @author multids
 * @since 0.1.0
 */
@ConfigurationProperties("multids.read-your-writes")
public class MultidsReadYourWritesProperties {

	/**
	 * What carries read-your-writes from one web request of a client to its next: cookie
	 * (browsers send it back by themselves), header (the client sends back the response
	 * header it got), or none (within a thread only).
	 */
	private ReadTokenSettings.Carrier carrier = ReadTokenSettings.Carrier.COOKIE;

	/**
	 * The name of the cookie or header.
	 */
	private String name = ReadTokenSettings.DEFAULT_NAME;

	public ReadTokenSettings.Carrier getCarrier() {
		return this.carrier;
	}

	public void setCarrier(ReadTokenSettings.Carrier carrier) {
		this.carrier = carrier;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
