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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How replication positions are compared: a replica has caught up with a primary position
 * when it has replayed everything up to it.
 */
class ReplicationVendorTests {

	@Test
	void postgresqlComparesWalPositionsAndTellsTheBytesBehind() {
		ReplicationVendor postgresql = ReplicationVendor.POSTGRESQL;
		Object primary = postgresql.parse("16/B374D848");
		assertThat(postgresql.reached(postgresql.parse("16/B374D848"), primary)).isTrue();
		assertThat(postgresql.reached(postgresql.parse("17/0"), primary)).isTrue();
		assertThat(postgresql.reached(postgresql.parse("16/B374D847"), primary)).isFalse();
		assertThat(postgresql.reached(postgresql.parse("F/FFFFFFFF"), primary)).isFalse();
		assertThat(postgresql.bytesBehind(primary, postgresql.parse("16/B374D800"))).isEqualTo(0x48);
	}

	@Test
	void mariadbComparesEveryDomainOfThePrimary() {
		ReplicationVendor mariadb = ReplicationVendor.MARIADB;
		Object primary = mariadb.parse("0-1-100,1-2-5");
		assertThat(mariadb.reached(mariadb.parse("0-1-100,1-2-5"), primary)).isTrue();
		assertThat(mariadb.reached(mariadb.parse("1-2-6,0-1-101"), primary)).isTrue();
		assertThat(mariadb.reached(mariadb.parse("0-1-100"), primary)).isFalse();
		assertThat(mariadb.reached(mariadb.parse("0-1-99,1-2-5"), primary)).isFalse();
		assertThat(mariadb.reached(mariadb.parse(""), mariadb.parse(""))).isTrue();
		assertThat(mariadb.bytesBehind(primary, mariadb.parse("0-1-1"))).isEqualTo(-1);
	}

	@Test
	void mysqlComparesGtidSets() {
		ReplicationVendor mysql = ReplicationVendor.MYSQL;
		Object primary = mysql
			.parse("3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5:7,\n" + "4e11fa47-71ca-11e1-9e33-c80aa9429562:1-3");
		assertThat(mysql.reached(
				mysql.parse("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-9," + "4e11fa47-71ca-11e1-9e33-c80aa9429562:1-3"),
				primary))
			.isTrue();
		assertThat(mysql.reached(
				mysql.parse("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5," + "4e11fa47-71ca-11e1-9e33-c80aa9429562:1-3"),
				primary))
			.isFalse();
		assertThat(mysql.reached(mysql.parse("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-9"), primary)).isFalse();
	}

}
