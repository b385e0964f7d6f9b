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
package io.github.multids.autoconfigure.replicas;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

/**
 * A connection of a source with replicas that takes its physical connection only when the
 * first statement needs it: by then Spring has set the read-only flag of the transaction,
 * so read-only work gets a replica's connection and everything else the primary's.
 * Auto-commit, read-only, isolation and holdability set before then are recorded and
 * applied to the physical connection.
 *
 * @author multids
 */
final class ReadRoutedConnection implements Connection {

	private final ReplicaSet replicas;

	private @Nullable Connection target;

	private @Nullable Replica servedBy;

	private boolean writes;

	private boolean closed;

	private boolean readOnly;

	private @Nullable Boolean autoCommit;

	private int isolation = -1;

	private int holdability = -1;

	ReadRoutedConnection(ReplicaSet replicas) {
		this.replicas = replicas;
	}

	void servedBy(@Nullable Replica replica) {
		this.servedBy = replica;
	}

	private Connection target() throws SQLException {
		Connection target = this.target;
		if (target != null) {
			return target;
		}
		if (this.closed) {
			throw new SQLException("Connection is closed");
		}
		if (this.readOnly) {
			target = this.replicas.readConnection(this);
			if (this.servedBy == null) {
				target.setReadOnly(true);
			}
		}
		else {
			target = this.replicas.primaryConnection();
		}
		try {
			if (this.autoCommit != null && target.getAutoCommit() != this.autoCommit) {
				target.setAutoCommit(this.autoCommit);
			}
			if (this.isolation != -1) {
				target.setTransactionIsolation(this.isolation);
			}
			if (this.holdability != -1) {
				target.setHoldability(this.holdability);
			}
		}
		catch (SQLException | RuntimeException ex) {
			target.close();
			throw ex;
		}
		this.target = target;
		return target;
	}

	// A statement on the primary outside read-only work may write: once it is committed,
	// this thread's reads wait for a replica that has replayed it. Metadata alone does
	// not
	// count (Hibernate, Flyway and Spring's error codes read it at startup).
	private Connection statementTarget() throws SQLException {
		Connection target = target();
		if (this.servedBy == null && !this.readOnly) {
			this.writes = true;
		}
		return target;
	}

	@Override
	public void close() throws SQLException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		Connection target = this.target;
		if (target != null) {
			release(target);
		}
	}

	@Override
	public boolean isClosed() throws SQLException {
		return this.closed;
	}

	@Override
	public void setReadOnly(boolean readOnly) throws SQLException {
		Connection target = this.target;
		if (target != null && readOnly != this.readOnly && target.getAutoCommit()) {
			// No transaction is open on the physical connection (an EntityManager kept
			// open
			// for a web request holds this connection across transactions): the next
			// statement takes the connection that fits the new flag
			release(target);
			target = null;
		}
		if (target == null) {
			this.readOnly = readOnly;
		}
		else if (this.servedBy == null) {
			target.setReadOnly(readOnly);
			this.readOnly = readOnly;
		}
		else if (!readOnly) {
			// A replica's connection stays read-only: the database refuses writes itself
			this.readOnly = false;
		}
	}

	private void release(Connection target) throws SQLException {
		this.target = null;
		this.servedBy = null;
		boolean wrote = this.writes;
		this.writes = false;
		target.close();
		if (wrote) {
			this.replicas.wrote();
		}
	}

	@Override
	public boolean isReadOnly() throws SQLException {
		return this.readOnly;
	}

	@Override
	public void setAutoCommit(boolean autoCommit) throws SQLException {
		Connection target = this.target;
		if (target != null) {
			target.setAutoCommit(autoCommit);
		}
		else {
			this.autoCommit = autoCommit;
		}
	}

	@Override
	public boolean getAutoCommit() throws SQLException {
		Connection target = this.target;
		if (target != null) {
			return target.getAutoCommit();
		}
		return (this.autoCommit != null) ? this.autoCommit : this.replicas.defaultAutoCommit();
	}

	@Override
	public void commit() throws SQLException {
		if (this.target != null) {
			this.target.commit();
		}
	}

	@Override
	public void rollback() throws SQLException {
		if (this.target != null) {
			this.target.rollback();
		}
	}

	@Override
	public void setTransactionIsolation(int level) throws SQLException {
		Connection target = this.target;
		if (target != null) {
			target.setTransactionIsolation(level);
		}
		else {
			this.isolation = level;
		}
	}

	@Override
	public int getTransactionIsolation() throws SQLException {
		return (this.target == null && this.isolation != -1) ? this.isolation : target().getTransactionIsolation();
	}

	@Override
	public void setHoldability(int holdability) throws SQLException {
		Connection target = this.target;
		if (target != null) {
			target.setHoldability(holdability);
		}
		else {
			this.holdability = holdability;
		}
	}

	@Override
	public int getHoldability() throws SQLException {
		return (this.target == null && this.holdability != -1) ? this.holdability : target().getHoldability();
	}

	@Override
	public @Nullable SQLWarning getWarnings() throws SQLException {
		return (this.target != null) ? this.target.getWarnings() : null;
	}

	@Override
	public void clearWarnings() throws SQLException {
		if (this.target != null) {
			this.target.clearWarnings();
		}
	}

	@Override
	public Statement createStatement() throws SQLException {
		return statementTarget().createStatement();
	}

	@Override
	public PreparedStatement prepareStatement(String sql) throws SQLException {
		return statementTarget().prepareStatement(sql);
	}

	@Override
	public CallableStatement prepareCall(String sql) throws SQLException {
		return statementTarget().prepareCall(sql);
	}

	@Override
	public String nativeSQL(String sql) throws SQLException {
		return target().nativeSQL(sql);
	}

	@Override
	public DatabaseMetaData getMetaData() throws SQLException {
		return target().getMetaData();
	}

	@Override
	public void setCatalog(String catalog) throws SQLException {
		target().setCatalog(catalog);
	}

	@Override
	public String getCatalog() throws SQLException {
		return target().getCatalog();
	}

	@Override
	public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
		return statementTarget().createStatement(resultSetType, resultSetConcurrency);
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
			throws SQLException {
		return statementTarget().prepareStatement(sql, resultSetType, resultSetConcurrency);
	}

	@Override
	public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
		return statementTarget().prepareCall(sql, resultSetType, resultSetConcurrency);
	}

	@Override
	public Map<String, Class<?>> getTypeMap() throws SQLException {
		return target().getTypeMap();
	}

	@Override
	public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
		target().setTypeMap(map);
	}

	@Override
	public Savepoint setSavepoint() throws SQLException {
		return target().setSavepoint();
	}

	@Override
	public Savepoint setSavepoint(String name) throws SQLException {
		return target().setSavepoint(name);
	}

	@Override
	public void rollback(Savepoint savepoint) throws SQLException {
		target().rollback(savepoint);
	}

	@Override
	public void releaseSavepoint(Savepoint savepoint) throws SQLException {
		target().releaseSavepoint(savepoint);
	}

	@Override
	public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
			throws SQLException {
		return statementTarget().createStatement(resultSetType, resultSetConcurrency, resultSetHoldability);
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
			int resultSetHoldability) throws SQLException {
		return statementTarget().prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
	}

	@Override
	public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
			int resultSetHoldability) throws SQLException {
		return statementTarget().prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
		return statementTarget().prepareStatement(sql, autoGeneratedKeys);
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
		return statementTarget().prepareStatement(sql, columnIndexes);
	}

	@Override
	public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
		return statementTarget().prepareStatement(sql, columnNames);
	}

	@Override
	public Clob createClob() throws SQLException {
		return target().createClob();
	}

	@Override
	public Blob createBlob() throws SQLException {
		return target().createBlob();
	}

	@Override
	public NClob createNClob() throws SQLException {
		return target().createNClob();
	}

	@Override
	public SQLXML createSQLXML() throws SQLException {
		return target().createSQLXML();
	}

	@Override
	public boolean isValid(int timeout) throws SQLException {
		return !this.closed && target().isValid(timeout);
	}

	@Override
	public void setClientInfo(String name, String value) throws SQLClientInfoException {
		try {
			target().setClientInfo(name, value);
		}
		catch (SQLClientInfoException ex) {
			throw ex;
		}
		catch (SQLException ex) {
			throw new SQLClientInfoException(ex.getMessage(), Map.of(), ex);
		}
	}

	@Override
	public void setClientInfo(Properties properties) throws SQLClientInfoException {
		try {
			target().setClientInfo(properties);
		}
		catch (SQLClientInfoException ex) {
			throw ex;
		}
		catch (SQLException ex) {
			throw new SQLClientInfoException(ex.getMessage(), Map.of(), ex);
		}
	}

	@Override
	public String getClientInfo(String name) throws SQLException {
		return target().getClientInfo(name);
	}

	@Override
	public Properties getClientInfo() throws SQLException {
		return target().getClientInfo();
	}

	@Override
	public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
		return target().createArrayOf(typeName, elements);
	}

	@Override
	public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
		return target().createStruct(typeName, attributes);
	}

	@Override
	public void setSchema(String schema) throws SQLException {
		target().setSchema(schema);
	}

	@Override
	public String getSchema() throws SQLException {
		return target().getSchema();
	}

	@Override
	public void abort(Executor executor) throws SQLException {
		this.closed = true;
		Connection target = this.target;
		if (target != null) {
			this.target = null;
			target.abort(executor);
		}
	}

	@Override
	public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
		target().setNetworkTimeout(executor, milliseconds);
	}

	@Override
	public int getNetworkTimeout() throws SQLException {
		return target().getNetworkTimeout();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T unwrap(Class<T> iface) throws SQLException {
		return iface.isInstance(this) ? (T) this : target().unwrap(iface);
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) throws SQLException {
		return iface.isInstance(this) || target().isWrapperFor(iface);
	}

	@Override
	public String toString() {
		return "ReadRoutedConnection[" + this.replicas.source() + " -> " + ((this.target == null) ? "not yet taken"
				: (this.servedBy != null) ? this.servedBy.definition().qualifiedName() : "primary") + "]";
	}

}
