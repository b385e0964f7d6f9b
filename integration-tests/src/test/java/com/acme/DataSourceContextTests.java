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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.acme.support.ShopIntegrationTest;
import io.github.multids.DataSourceContext;
import io.github.multids.UnknownDataSourceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code DataSourceContext} refuses unknown names, cleans up after exceptions and never
 * leaks to other threads.
 *
 * @author multids
 */
@ShopIntegrationTest
class DataSourceContextTests {

	@Test
	void runWithUnknownNameListsKnownNames() {
		AtomicReference<Boolean> ran = new AtomicReference<>(false);
		assertThatExceptionOfType(UnknownDataSourceException.class)
			.isThrownBy(() -> DataSourceContext.run("nope", () -> ran.set(true)))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("nope");
				assertThat(ex.getKnownNames()).containsExactlyInAnyOrder("orders", "events", "scratch");
				assertThat(ex.getMessage()).contains("nope", "orders", "events", "scratch");
			});
		assertThat(ran.get()).isFalse();
		assertThat(DataSourceContext.current()).isEmpty();
	}

	@Test
	void callWithUnknownNameFails() {
		assertThatExceptionOfType(UnknownDataSourceException.class)
			.isThrownBy(() -> DataSourceContext.call("nope", () -> "never"));
		assertThat(DataSourceContext.current()).isEmpty();
	}

	@Test
	void contextIsEmptyAfterExceptionInsideRun() {
		assertThatIllegalStateException().isThrownBy(() -> DataSourceContext.run("events", () -> {
			assertThat(DataSourceContext.current()).contains("events");
			throw new IllegalStateException("boom");
		}));
		assertThat(DataSourceContext.current()).isEmpty();
	}

	@Test
	void callRethrowsCheckedExceptionUnchangedAndRestoresOuterSource() {
		Exception failure = new Exception("checked");
		DataSourceContext.run("scratch", () -> {
			assertThatException().isThrownBy(() -> DataSourceContext.call("events", () -> {
				throw failure;
			})).isSameAs(failure);
			assertThat(DataSourceContext.current()).contains("scratch");
		});
		assertThat(DataSourceContext.current()).isEmpty();
	}

	@Test
	void nestedRunRestoresOuterSource() throws Exception {
		String seen = DataSourceContext.call("orders", () -> {
			DataSourceContext.run("events", () -> assertThat(DataSourceContext.current()).contains("events"));
			return DataSourceContext.current().orElseThrow();
		});
		assertThat(seen).isEqualTo("orders");
	}

	@Test
	void contextDoesNotLeakToAnotherThread() throws Exception {
		String seenByOtherThread = DataSourceContext.call("events",
				() -> CompletableFuture.supplyAsync(() -> DataSourceContext.current().orElse("none"))
					.get(30, TimeUnit.SECONDS));
		assertThat(seenByOtherThread).isEqualTo("none");
	}

	@Test
	void contextIsNotInheritedByNewThread() throws Exception {
		AtomicReference<String> seenByNewThread = new AtomicReference<>();
		DataSourceContext.call("events", () -> {
			Thread thread = new Thread(() -> seenByNewThread.set(DataSourceContext.current().orElse("none")));
			thread.start();
			thread.join(30_000);
			return null;
		});
		assertThat(seenByNewThread).hasValue("none");
	}

}
