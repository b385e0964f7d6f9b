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

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;

/**
 * A transaction status that remembers which source's transaction manager started it.
 *
 * @author multids
 */
final class RoutedTransactionStatus implements TransactionStatus {

	private final TransactionStatus delegate;

	private final PlatformTransactionManager transactionManager;

	RoutedTransactionStatus(TransactionStatus delegate, PlatformTransactionManager transactionManager) {
		this.delegate = delegate;
		this.transactionManager = transactionManager;
	}

	TransactionStatus delegate() {
		return this.delegate;
	}

	PlatformTransactionManager transactionManager() {
		return this.transactionManager;
	}

	@Override
	public String getTransactionName() {
		return this.delegate.getTransactionName();
	}

	@Override
	public boolean hasTransaction() {
		return this.delegate.hasTransaction();
	}

	@Override
	public boolean isNewTransaction() {
		return this.delegate.isNewTransaction();
	}

	@Override
	public boolean isNested() {
		return this.delegate.isNested();
	}

	@Override
	public boolean isReadOnly() {
		return this.delegate.isReadOnly();
	}

	@Override
	public boolean hasSavepoint() {
		return this.delegate.hasSavepoint();
	}

	@Override
	public void setRollbackOnly() {
		this.delegate.setRollbackOnly();
	}

	@Override
	public boolean isRollbackOnly() {
		return this.delegate.isRollbackOnly();
	}

	@Override
	public void flush() {
		this.delegate.flush();
	}

	@Override
	public boolean isCompleted() {
		return this.delegate.isCompleted();
	}

	@Override
	public Object createSavepoint() throws TransactionException {
		return this.delegate.createSavepoint();
	}

	@Override
	public void rollbackToSavepoint(Object savepoint) throws TransactionException {
		this.delegate.rollbackToSavepoint(savepoint);
	}

	@Override
	public void releaseSavepoint(Object savepoint) throws TransactionException {
		this.delegate.releaseSavepoint(savepoint);
	}

}
