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

package io.github.multids.sample.support;

/**
 * A check constraint that makes a database refuse any row carrying a marker, so that a
 * test can make one write of a request fail; closing it drops the constraint.
 *
 * @author multids
 */
public final class RefusedWrite implements AutoCloseable {

	private final ShopDatabases databases;

	private final Table table;

	private final String constraint;

	private RefusedWrite(ShopDatabases databases, Table table, String constraint) {
		this.databases = databases;
		this.table = table;
		this.constraint = constraint;
	}

	/**
	 * Make the database of the table's source refuse rows whose marker column contains
	 * the marker.
	 * @param databases the shop's databases
	 * @param table the table
	 * @param marker the marker, letters and digits only
	 * @return the refusal, to close when done
	 */
	public static RefusedWrite of(ShopDatabases databases, Table table, String marker) {
		String constraint = "refuse_" + marker;
		databases.execute(table.source(), "alter table " + table.tableName() + " add constraint " + constraint
				+ " check (" + table.markerColumn() + " not like '%" + marker + "%')");
		return new RefusedWrite(databases, table, constraint);
	}

	@Override
	public void close() {
		this.databases.execute(this.table.source(),
				"alter table " + this.table.tableName() + " drop constraint " + this.constraint);
	}

}
