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
package io.github.multids.autoconfigure.jdbc;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.sql.DataSource;

import io.github.multids.DataSourceRegistry;
import io.github.multids.context.LiveTenants;
import io.github.multids.context.SourceTransactions;
import io.github.multids.context.TenantStack;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.annotation.Rollback;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.test.context.transaction.TransactionalTestExecutionListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a test-managed transaction (`@Transactional` on a test, the default of
 * `@DataJpaTest` and `@JdbcTest`) span every source: once Spring's
 * {@link TransactionalTestExecutionListener} has started the test's transaction, this
 * starts one on each other source, so that a repository, `JdbcClient` or transaction
 * manager of any source joins it instead of committing on its own; they roll back (or,
 * with `@Commit`, commit) innermost first, before the test's own.
 *
 * @author multids
 */
public class SourceTestTransactions extends AbstractTestExecutionListener {

	/**
	 * The order: right after Spring's transactional listener, so that `@Sql` scripts run
	 * inside the transactions too.
	 */
	public static final int ORDER = 4100;

	private static final String ATTRIBUTE = SourceTestTransactions.class.getName() + ".transactions";

	private static final Log logger = LogFactory.getLog(SourceTestTransactions.class);

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!TestTransaction.isActive() || !testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		DataSourceRegistry registry = context.getBeanProvider(DataSourceRegistry.class).getIfAvailable();
		if (registry == null) {
			return;
		}
		Deque<SourceTransaction> started = new ArrayDeque<>();
		for (String name : registry.names()) {
			DataSource pool = registry.dataSource(name);
			// The source of the test's own transaction; a tenant source with no tenant
			// current, which has no database to start one on
			if (TransactionSynchronizationManager.hasResource(pool)
					|| (LiveTenants.isTenantSource(name) && TenantStack.current().peek() == null)) {
				continue;
			}
			PlatformTransactionManager manager = registry.transactionManager(name);
			DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
			definition.setName("test transaction on source '" + name + "'");
			try {
				// Spanning every source on purpose: not a crossing
				started.push(new SourceTransaction(manager,
						SourceTransactions.spanning(() -> manager.getTransaction(definition))));
			}
			catch (TransactionException ex) {
				logger.warn("The test transaction does not cover source '" + name + "', which did not start one: "
						+ ex.getMessage());
			}
		}
		testContext.setAttribute(ATTRIBUTE, started);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void afterTestMethod(TestContext testContext) {
		Deque<SourceTransaction> started = (Deque<SourceTransaction>) testContext.removeAttribute(ATTRIBUTE);
		if (started == null) {
			return;
		}
		boolean rollback = TestTransaction.isActive() ? TestTransaction.isFlaggedForRollback()
				: isRollback(testContext);
		RuntimeException failure = null;
		while (!started.isEmpty()) {
			SourceTransaction transaction = started.pop();
			try {
				if (rollback || transaction.status().isRollbackOnly()) {
					transaction.manager().rollback(transaction.status());
				}
				else {
					transaction.manager().commit(transaction.status());
				}
			}
			catch (RuntimeException ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	// What Spring's listener decides, for a test that ended its transaction itself
	private static boolean isRollback(TestContext testContext) {
		Method method = testContext.getTestMethod();
		Rollback rollback = AnnotatedElementUtils.findMergedAnnotation(method, Rollback.class);
		if (rollback == null) {
			rollback = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(), Rollback.class);
		}
		return rollback == null || rollback.value();
	}

	private record SourceTransaction(PlatformTransactionManager manager, TransactionStatus status) {
	}

}
