#!/usr/bin/env bash
#
# Copyright 2026 the multids authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#      https://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#
# Real replication on loopback for the multids tests, next to the stock servers:
#   PostgreSQL: the running cluster "main" (127.0.0.1:5432) is the primary; clusters
#     multids_r1 (5433) and multids_r2 (5434) are its streaming replicas.
#   MariaDB: a primary/replica pair of its own (127.0.0.1:3307 and 127.0.0.1:3308, GTID
#     replication) under /var/lib/multids-replication; the stock MariaDB on 3306 is not
#     touched.
# Logins as on the stock servers: postgres and root, empty passwords, over TCP.
#
# Usage (as root):
#   replication.sh [setup]                         bring everything up; idempotent: starts
#                                                  what is stopped, resumes paused replay,
#                                                  rebuilds a replica that does not replicate
#   replication.sh stop|start postgresql r1|r2     stop or start one replica
#   replication.sh stop|start mariadb r1
# Every command holds an exclusive lock, so concurrent runs wait for each other.
set -euo pipefail

STATE=/var/lib/multids-replication
PG_VERSION=${MULTIDS_PG_VERSION:-$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)}
PG_PRIMARY_PORT=5432
PG_REPLICAS=(r1:5433 r2:5434)
MARIA_PRIMARY_PORT=3307
MARIA_REPLICA_PORT=3308

log() { echo "[replication] $*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}

# Poll a command for up to $1 seconds.
wait_for() {
	local seconds=$1 deadline
	shift
	deadline=$((SECONDS + seconds))
	until "$@" >/dev/null 2>&1; do
		((SECONDS < deadline)) || return 1
		sleep 0.5
	done
}

# --- PostgreSQL --------------------------------------------------------------------------

pg_sql() {
	local port=$1
	shift
	psql -h 127.0.0.1 -p "$port" -U postgres -w -d postgres -XAtq -c "$*"
}
# Servers started here must not inherit the lock's descriptor, or they would hold the lock.
pg_ctl() { pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$@" 9>&-; }
pg_cluster() { echo "multids_$1"; }

pg_check_primary() {
	pg_sql "$PG_PRIMARY_PORT" 'select 1' >/dev/null ||
		die "PostgreSQL is not accepting user postgres without a password on 127.0.0.1:$PG_PRIMARY_PORT; start it first (.ci/run does)."
	local settings
	settings=$(pg_sql "$PG_PRIMARY_PORT" "select current_setting('wal_level') || ' ' || current_setting('max_wal_senders')")
	read -r wal_level senders <<<"$settings"
	[ "$wal_level" != minimal ] || die "the primary on $PG_PRIMARY_PORT has wal_level=minimal; streaming replication needs replica (the default)."
	((senders >= ${#PG_REPLICAS[@]} + 2)) ||
		die "the primary on $PG_PRIMARY_PORT has max_wal_senders=$senders; the replicas and pg_basebackup need $((${#PG_REPLICAS[@]} + 2))."
	local hba
	hba=$(pg_sql "$PG_PRIMARY_PORT" 'show hba_file')
	if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba"; then
		log "allowing replication connections from 127.0.0.1 in $hba"
		sed -i '1i host replication all 127.0.0.1/32 trust' "$hba"
		pg_sql "$PG_PRIMARY_PORT" 'select pg_reload_conf()' >/dev/null
	fi
	PG_SYSTEM_ID=$(pg_sql "$PG_PRIMARY_PORT" 'select system_identifier from pg_control_system()')
}

# A replica is fine when it is in recovery, was cloned from this primary (a re-initialised
# primary has a new system identifier) and its WAL receiver streams.
pg_replica_streams() {
	local port=$1
	[ "$(pg_sql "$port" 'select pg_is_in_recovery()')" = t ] || return 1
	[ "$(pg_sql "$port" 'select system_identifier from pg_control_system()')" = "$PG_SYSTEM_ID" ] || return 1
	wait_for 15 pg_receiver_streams "$port"
}
pg_receiver_streams() { [ "$(pg_sql "$1" 'select status from pg_stat_wal_receiver')" = streaming ]; }

pg_ensure_replica() {
	local name=$1 port=$2 cluster
	cluster=$(pg_cluster "$name")
	if [ -f "/etc/postgresql/$PG_VERSION/$cluster/postgresql.conf" ]; then
		pg_ctl "$cluster" status >/dev/null 2>&1 || pg_ctl "$cluster" start >/dev/null 2>&1 || true
		if pg_replica_streams "$port" 2>/dev/null; then
			# Left paused by a test that did not finish.
			pg_sql "$port" 'select pg_wal_replay_resume() where pg_is_wal_replay_paused()' >/dev/null
			log "PostgreSQL replica $name on 127.0.0.1:$port streams from $PG_PRIMARY_PORT"
			return
		fi
		log "PostgreSQL replica $name on $port does not stream from the primary: rebuilding it"
	else
		log "creating PostgreSQL cluster $PG_VERSION $cluster on port $port"
		rm -rf "/etc/postgresql/$PG_VERSION/$cluster" # what pg_dropcluster leaves behind
		pg_createcluster "$PG_VERSION" "$cluster" -p "$port" >/dev/null
	fi
	pg_build_replica "$name" "$port"
}

pg_build_replica() {
	local name=$1 port=$2 cluster conf data
	cluster=$(pg_cluster "$name")
	conf=/etc/postgresql/$PG_VERSION/$cluster
	data=$(pg_lsclusters -h "$PG_VERSION" "$cluster" | awk '{ print $6 }')
	case $data in
	/var/lib/postgresql/*/"$cluster") ;;
	*) die "unexpected data directory '$data' for cluster $PG_VERSION $cluster; not wiping it." ;;
	esac
	pg_ctl "$cluster" stop -m fast >/dev/null 2>&1 || true
	find "$data" -mindepth 1 -delete
	runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -w -D "$data" -c fast -R -X stream
	if ! grep -q '^# multids replication' "$conf/pg_hba.conf"; then
		sed -i '1i # multids replication: trust loopback\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\nhost replication all 127.0.0.1/32 trust\nhost replication all ::1/128 trust' "$conf/pg_hba.conf"
	fi
	# A hot standby refuses to start with less of these than its primary has.
	pg_sql "$PG_PRIMARY_PORT" "select name || ' = ' || setting from pg_settings where name in ('max_connections',
		'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')" \
		>"$conf/conf.d/90-multids-replica.conf"
	printf "listen_addresses = 'localhost'\nport = %s\nhot_standby = on\n" "$port" >>"$conf/conf.d/90-multids-replica.conf"
	pg_ctl "$cluster" start
	wait_for 60 pg_replica_streams "$port" || die "PostgreSQL replica $name on $port does not stream; see /var/log/postgresql/postgresql-$PG_VERSION-$cluster.log"
	log "PostgreSQL replica $name on 127.0.0.1:$port streams from $PG_PRIMARY_PORT"
}

# --- MariaDB ------------------------------------------------------------------------------

maria_dir() { echo "$STATE/mariadb-$1"; }
maria_sql() { mariadb --no-defaults --socket="$(maria_dir "$1")/mariadbd.sock" -u root -N -B -e "$2"; }
maria_up() { mariadb-admin --no-defaults --socket="$(maria_dir "$1")/mariadbd.sock" -u root ping; }

maria_write_config() {
	local name=$1 port=$2 dir
	dir=$(maria_dir "$name")
	install -d -o mysql -g mysql "$dir"
	cat >"$dir/my.cnf" <<CNF
[mariadbd]
user = mysql
datadir = $dir/data
socket = $dir/mariadbd.sock
pid-file = $dir/mariadbd.pid
log-error = $dir/mariadbd.err
port = $port
bind-address = 127.0.0.1
skip-name-resolve
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
innodb-buffer-pool-size = 64M
CNF
	if [ "$name" = primary ]; then
		printf 'server-id = 1\nlog-bin = mariadb-bin\nbinlog-format = ROW\n' >>"$dir/my.cnf"
	else
		printf 'server-id = 2\nrelay-log = relay-bin\n' >>"$dir/my.cnf"
	fi
}

maria_start() {
	local name=$1 dir
	dir=$(maria_dir "$name")
	maria_up "$name" >/dev/null 2>&1 && return
	if [ ! -d "$dir/data/mysql" ]; then
		rm -rf "$dir/data"
		mariadb-install-db --no-defaults --user=mysql --datadir="$dir/data" --auth-root-authentication-method=normal \
			--skip-test-db >"$dir/install.log" 2>&1 || die "mariadb-install-db failed for $name; see $dir/install.log"
	fi
	start-stop-daemon --start --oknodo --background --pidfile "$dir/mariadbd.pid" --exec /usr/sbin/mariadbd -- \
		--defaults-file="$dir/my.cnf" 9>&-
	wait_for 60 maria_up "$name" || die "MariaDB $name did not start; see $dir/mariadbd.err"
	# Local only: neither the binlog nor the replica sees it.
	maria_sql "$name" "SET sql_log_bin = 0; CREATE USER IF NOT EXISTS root@'127.0.0.1' IDENTIFIED BY '';
		GRANT ALL PRIVILEGES ON *.* TO root@'127.0.0.1' WITH GRANT OPTION"
}

maria_stop() {
	local dir
	dir=$(maria_dir "$1")
	start-stop-daemon --stop --oknodo --quiet --pidfile "$dir/mariadbd.pid" --exec /usr/sbin/mariadbd --retry TERM/60/KILL/5
}

maria_slave_field() {
	mariadb --no-defaults --socket="$(maria_dir r1)/mariadbd.sock" -u root -B -e 'SHOW SLAVE STATUS\G' | sed -n "s/^ *$1: //p"
}
maria_replicates() { [ "$(maria_slave_field Slave_IO_Running)" = Yes ] && [ "$(maria_slave_field Slave_SQL_Running)" = Yes ]; }

maria_configure_replica() {
	maria_sql r1 "STOP SLAVE; RESET SLAVE ALL; SET GLOBAL gtid_slave_pos = '';
		CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = $MARIA_PRIMARY_PORT, MASTER_USER = 'root',
		MASTER_PASSWORD = '', MASTER_CONNECT_RETRY = 1, MASTER_USE_GTID = slave_pos; START SLAVE"
}

maria_ensure() {
	command -v mariadb-install-db >/dev/null || die "MariaDB is not installed (apt-get install mariadb-server)."
	maria_write_config primary "$MARIA_PRIMARY_PORT"
	maria_write_config r1 "$MARIA_REPLICA_PORT"
	maria_start primary
	[ "$(maria_sql primary 'select @@log_bin')" = 1 ] || die "MariaDB primary on $MARIA_PRIMARY_PORT has no binary log; see $(maria_dir primary)/my.cnf"
	maria_start r1
	if [ -z "$(maria_slave_field Master_Host)" ]; then
		log "configuring MariaDB replica on $MARIA_REPLICA_PORT"
		maria_configure_replica
	elif [ "$(maria_slave_field Slave_SQL_Running)" = No ] && [ "$(maria_slave_field Last_SQL_Errno)" = 0 ]; then
		# Left stopped by a test that did not finish.
		maria_sql r1 'START SLAVE'
	fi
	if ! wait_for 15 maria_replicates; then
		log "MariaDB replica on $MARIA_REPLICA_PORT does not replicate ($(maria_slave_field Last_IO_Error)$(maria_slave_field Last_SQL_Error)): rebuilding it"
		maria_stop r1
		rm -rf "$(maria_dir r1)/data"
		maria_start r1
		maria_configure_replica
		wait_for 60 maria_replicates || die "MariaDB replica on $MARIA_REPLICA_PORT does not replicate; see $(maria_dir r1)/mariadbd.err"
	fi
	log "MariaDB replica on 127.0.0.1:$MARIA_REPLICA_PORT replicates from 127.0.0.1:$MARIA_PRIMARY_PORT"
}

# --- Commands -----------------------------------------------------------------------------

setup() {
	command -v pg_createcluster >/dev/null && [ -n "$PG_VERSION" ] || die "PostgreSQL is not installed (apt-get install postgresql)."
	pg_check_primary
	local replica
	for replica in "${PG_REPLICAS[@]}"; do
		pg_ensure_replica "${replica%%:*}" "${replica##*:}"
	done
	maria_ensure
}

replica_command() {
	local action=$1 vendor=${2:-} name=${3:-}
	case $vendor/$name in
	postgresql/r1 | postgresql/r2)
		if [ "$action" = stop ]; then pg_ctl "$(pg_cluster "$name")" stop -m fast; else pg_ctl "$(pg_cluster "$name")" start; fi
		;;
	mariadb/r1)
		if [ "$action" = stop ]; then maria_stop r1; else maria_start r1; fi
		;;
	*) die "unknown replica '$vendor $name'; use postgresql r1|r2 or mariadb r1." ;;
	esac
}

[ "$(id -u)" = 0 ] || die "run as root (sudo bash $0): it creates PostgreSQL clusters and MariaDB servers."
install -d -m 755 "$STATE"
exec 9>"$STATE/lock"
flock -w 600 9 || die "another replication.sh held $STATE/lock for 10 minutes."
case ${1:-setup} in
setup) setup ;;
stop | start) replica_command "$@" ;;
*) die "usage: $0 [setup] | stop|start postgresql r1|r2 | stop|start mariadb r1" ;;
esac
