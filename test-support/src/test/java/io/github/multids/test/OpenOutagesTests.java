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

package io.github.multids.test;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OpenOutages}.
 *
 * @author multids
 */
class OpenOutagesTests {

	private final OpenOutages outages = new OpenOutages();

	private final List<String> undone = new ArrayList<>();

	@Test
	void undoAllEndsTheOutagesLeftOpenLatestFirst() {
		this.outages.open(() -> this.undone.add("pause r1"));
		this.outages.open(() -> this.undone.add("stop r2"));
		this.outages.undoAll();
		assertThat(this.undone).containsExactly("stop r2", "pause r1");
	}

	@Test
	void outageClosedByItsTestIsNotUndoneAgain() {
		ReplicaOutage outage = this.outages.open(() -> this.undone.add("pause r1"));
		outage.close();
		outage.close();
		this.outages.undoAll();
		assertThat(this.undone).containsExactly("pause r1");
	}

}
