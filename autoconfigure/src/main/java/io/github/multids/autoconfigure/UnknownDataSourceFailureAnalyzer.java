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

import io.github.multids.UnknownDataSourceException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a source name used at startup that no `datasources.*` entry configures.
 *
 * @author multids
 */
class UnknownDataSourceFailureAnalyzer extends AbstractFailureAnalyzer<UnknownDataSourceException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownDataSourceException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Use one of " + cause.getKnownNames() + ", or configure 'datasources." + cause.getName() + ".url'.",
				cause);
	}

}
