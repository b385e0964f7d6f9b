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

package com.acme.crossing;

import java.util.LinkedHashMap;
import java.util.Map;

import com.acme.support.Startup;
import com.acme.support.StartupFailure;
import com.acme.support.TestDatabases;
import com.acme.support.TestDatabasesExtension;
import com.example.plain.PlainApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A wrong {@code multids.transactions.*} setting fails startup naming the property.
 *
 * @author multids
 */
@ExtendWith({ OutputCaptureExtension.class, TestDatabasesExtension.class })
class CrossSourcePolicyStartupTests {

	@Test
	void unknownPolicyFailsStartupNamingThePropertyAndThePolicies(CapturedOutput output) {
		StartupFailure failure = Startup.failure(output, PlainApplication.class,
				shopWith("multids.transactions.cross-source", "sometimes"));
		failure.assertDescription("'multids.transactions.cross-source' is 'sometimes'");
		failure.assertAction("'multids.transactions.cross-source' to warn", "fail", "allow");
	}

	@Test
	void unknownKeyUnderTransactionsFailsStartup(CapturedOutput output) {
		StartupFailure failure = Startup.failure(output, PlainApplication.class,
				shopWith("multids.transactions.cross-sources", "fail"));
		failure.assertDescription("'multids.transactions.cross-sources' is not a multids setting");
		failure.assertAction("Remove 'multids.transactions.cross-sources'", "'multids.transactions.cross-source'");
	}

	private static Map<String, Object> shopWith(String key, String value) {
		Map<String, Object> properties = new LinkedHashMap<>(TestDatabases.get().orders().properties("shop"));
		properties.put(key, value);
		return properties;
	}

}
