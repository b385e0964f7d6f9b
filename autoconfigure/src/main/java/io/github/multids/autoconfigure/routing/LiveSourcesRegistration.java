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
package io.github.multids.autoconfigure.routing;

import java.util.Set;

import io.github.multids.context.LiveSources;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Makes the sources of this application context known to
 * {@link io.github.multids.DataSourceContext} while the context runs.
 *
 * @author multids
 */
public class LiveSourcesRegistration implements InitializingBean, DisposableBean {

	private final Set<String> names;

	public LiveSourcesRegistration(Set<String> names) {
		this.names = Set.copyOf(names);
	}

	@Override
	public void afterPropertiesSet() {
		LiveSources.register(this.names);
	}

	@Override
	public void destroy() {
		LiveSources.unregister(this.names);
	}

}
