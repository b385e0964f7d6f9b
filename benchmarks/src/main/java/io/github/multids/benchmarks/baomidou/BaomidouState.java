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
package io.github.multids.benchmarks.baomidou;

import java.sql.SQLException;

import io.github.multids.benchmarks.ConnectionBorrower;
import io.github.multids.benchmarks.RoutingCheck;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running baomidou application, as a JMH state shared by the benchmark threads.
 *
 * @author multids
 */
@State(Scope.Benchmark)
public class BaomidouState {

	private ConfigurableApplicationContext context;

	/**
	 * A bean without {@code @DS}.
	 */
	public ConnectionBorrower unannotated;

	/**
	 * A bean whose method has {@code @DS("other")}.
	 */
	public ConnectionBorrower dsMethod;

	/**
	 * A bean with one {@code @DS("other")} method; its
	 * {@link ConnectionBorrower#borrow()} has no {@code @DS}.
	 */
	public ConnectionBorrower partlyDs;

	@Setup
	public void start() throws SQLException {
		this.context = BaomidouApplication.start();
		this.unannotated = this.context.getBean(UnannotatedBorrower.class);
		this.dsMethod = this.context.getBean(DsMethodBorrower.class);
		RoutingCheck.expect(this.unannotated, "baomidou_main");
		RoutingCheck.expect(this.dsMethod, "baomidou_other");
		PartlyDsBorrower partly = this.context.getBean(PartlyDsBorrower.class);
		this.partlyDs = partly;
		RoutingCheck.expect(this.partlyDs, "baomidou_main");
		RoutingCheck.expect("PartlyDsBorrower.assignedDatabaseUrl", partly.assignedDatabaseUrl(), "baomidou_other");
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

}
