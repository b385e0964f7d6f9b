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
package io.github.multids.benchmarks.multids;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.github.multids.benchmarks.ConnectionBorrower;
import io.github.multids.benchmarks.RoutingCheck;
import io.github.multids.benchmarks.model.Item;
import io.github.multids.benchmarks.model.ItemRepository;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The running multids application, as a JMH state shared by the benchmark threads.
 *
 * @author multids
 */
@State(Scope.Benchmark)
public class MultidsState {

	private ConfigurableApplicationContext context;

	/**
	 * The {@code @Primary} routing {@code dataSource}.
	 */
	public DataSource dataSource;

	/**
	 * The pool of the default source, the target of {@link #dataSource} when no source is
	 * current.
	 */
	public DataSource mainPool;

	/**
	 * The transaction manager of the default source {@code main}.
	 */
	public PlatformTransactionManager mainTransactionManager;

	/**
	 * The transaction manager of {@code other}.
	 */
	public PlatformTransactionManager otherTransactionManager;

	/**
	 * Borrows one connection from the routing {@code dataSource}, for
	 * {@code DataSourceContext.run}.
	 */
	public Runnable borrowFromRouting;

	/**
	 * A bean with no source.
	 */
	public ConnectionBorrower unassigned;

	/**
	 * A bean with one {@code @UseDataSource("other")} method; its
	 * {@link ConnectionBorrower#borrow()} has no source.
	 */
	public ConnectionBorrower partlyAssigned;

	/**
	 * A bean whose method has {@code @UseDataSource("other")}.
	 */
	public ConnectionBorrower methodAssigned;

	/**
	 * A bean whose class has {@code @UseDataSource("other")}.
	 */
	public ConnectionBorrower classAssigned;

	/**
	 * The repository of the {@code other} source, holding the item with id 1.
	 */
	public ItemRepository items;

	@Setup
	public void start() throws SQLException {
		this.context = MultidsApplication.start();
		this.dataSource = this.context.getBean("dataSource", DataSource.class);
		this.mainPool = this.context.getBean("mainDataSource", DataSource.class);
		this.mainTransactionManager = this.context.getBean("mainTransactionManager", PlatformTransactionManager.class);
		this.otherTransactionManager = this.context.getBean("otherTransactionManager",
				PlatformTransactionManager.class);
		DataSource routing = this.dataSource;
		this.borrowFromRouting = () -> borrow(routing);
		this.unassigned = this.context.getBean(UnassignedBorrower.class);
		this.methodAssigned = this.context.getBean(MethodAssignedBorrower.class);
		this.classAssigned = this.context.getBean(ClassAssignedBorrower.class);
		PartlyAssignedBorrower partly = this.context.getBean(PartlyAssignedBorrower.class);
		this.partlyAssigned = partly;
		this.items = this.context.getBean(ItemRepository.class);
		this.items.save(new Item(1L, "benchmark"));
		RoutingCheck.expect(this.unassigned, "main");
		RoutingCheck.expect(this.methodAssigned, "other");
		RoutingCheck.expect(this.classAssigned, "other");
		RoutingCheck.expect(this.partlyAssigned, "main");
		RoutingCheck.expect("PartlyAssignedBorrower.assignedDatabaseUrl", partly.assignedDatabaseUrl(), "other");
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

	private static void borrow(DataSource dataSource) {
		try {
			dataSource.getConnection().close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
