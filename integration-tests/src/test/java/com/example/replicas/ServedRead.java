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
package com.example.replicas;

import org.jspecify.annotations.Nullable;

/**
 * What a read found and the port of the server that served it.
 *
 * @param port the server's port ({@code inet_server_port()} or {@code @@port})
 * @param name the item's name, {@code null} when the server has no such item
 * @author multids
 */
public record ServedRead(int port, @Nullable String name) {

	/**
	 * Return whether the server had the item.
	 * @return whether it was found
	 */
	public boolean found() {
		return this.name != null;
	}

}
