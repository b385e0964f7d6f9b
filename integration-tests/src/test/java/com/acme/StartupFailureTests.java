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

package com.acme;

import java.util.stream.Stream;

import com.example.plain.PlainApplication;
import com.example.unknownsource.UnknownSourceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Misconfigurations fail startup with a report that names the source at fault, and never
 * print a password.
 *
 * @author multids
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

	private static final String PASSWORD = "s3cret-pass";

	@Test
	void unknownSourceInAnnotationFailsNamingKnownSources(CapturedOutput output) {
		startupFailure(UnknownSourceApplication.class, "datasources.alpha.default=true",
				"datasources.beta.jpa.show-sql=false");
		assertThat(failureReport(output)).contains("nope", "alpha", "beta", "LostLedger");
	}

	@Test
	void severalSourcesWithoutDefaultFail(CapturedOutput output) {
		startupFailure(PlainApplication.class, "datasources.alpha.jpa.show-sql=false",
				"datasources.beta.jpa.show-sql=false");
		assertThat(failureReport(output)).contains("alpha", "beta", "default");
	}

	@Test
	void unreachableDatabaseFailsNamingSourceWithoutPassword(CapturedOutput output) {
		Throwable failure = startupFailure(PlainApplication.class,
				"datasources.billing.url=jdbc:postgresql://127.0.0.1:1/x", "datasources.billing.username=billing",
				"datasources.billing.password=" + PASSWORD,
				"datasources.billing.flyway.locations=classpath:db/migration/orders");
		assertThat(failureReport(output)).contains("billing");
		assertThat(output.getAll()).doesNotContain(PASSWORD);
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			assertThat(String.valueOf(cause.getMessage())).doesNotContain(PASSWORD);
		}
	}

	private static Throwable startupFailure(Class<?> application, String... properties) {
		String[] args = Stream
			.concat(Stream.of("spring.config.name=startup-failure-tests", "spring.main.banner-mode=off"),
					Stream.of(properties))
			.map((property) -> "--" + property)
			.toArray(String[]::new);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = builder.run(args)) {
			return fail("Expected %s to fail at startup with %s", application.getSimpleName(), properties);
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private static String failureReport(CapturedOutput output) {
		String all = output.getAll();
		int start = all.indexOf("APPLICATION FAILED TO START");
		assertThat(start).as("a failure analysis report in the output:%n%s", all).isNotNegative();
		return all.substring(start);
	}

}
