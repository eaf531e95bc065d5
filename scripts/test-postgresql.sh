#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the integration tests:
#   test-postgresql.sh start|stop STATE_DIR PORT
# Installs Debian's postgresql package when no server binaries are present (needs root), creates a
# fresh cluster in /tmp (PostgreSQL refuses to run as root, so it runs as the postgres user), and
# creates the database corporate_parenting owned by cp_test. Nothing here touches a system cluster.
set -euo pipefail
cmd=${1:?start or stop}; state=${2:?state directory}; port=${3:?port}

server_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop() {
  if [ -f "$state/data-dir" ]; then
    data=$(cat "$state/data-dir")
    as_owner "$(server_bin)/pg_ctl" -D "$data/db" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$data" "$state/data-dir"
  fi
}

# A build stopped before its post-integration-test phase leaves its server running: stop any test
# cluster of ours on this port, and remove folders of ours that no server uses.
stop_leftovers() {
  for data in /tmp/cp-test-postgresql.*; do
    [ -d "$data" ] || continue
    pid_file="$data/db/postmaster.pid"
    if [ -f "$pid_file" ] && [ "$(sed -n 4p "$pid_file")" = "$port" ]; then
      as_owner "$(server_bin)/pg_ctl" -D "$data/db" -m fast stop >/dev/null 2>&1 || true
      rm -rf "$data"
    elif [ ! -f "$pid_file" ]; then
      rm -rf "$data"
    fi
  done
}

case "$cmd" in
  start)
    bin=$(server_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      if [ "$(id -u)" != 0 ]; then
        echo "PostgreSQL server binaries not found: install Debian's postgresql package (or run as root)." >&2
        exit 1
      fi
      echo "Installing PostgreSQL (Debian package postgresql) for the integration tests"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin=$(server_bin)
    fi
    stop
    stop_leftovers
    mkdir -p "$state"
    data=$(mktemp -d /tmp/cp-test-postgresql.XXXXXX)
    echo "$data" > "$state/data-dir"
    [ "$(id -u)" = 0 ] && chown -R postgres "$data"
    as_owner "$bin/initdb" -D "$data/db" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
    as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
      -c "create user cp_test password 'cp_test'" -c "create database corporate_parenting owner cp_test"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for tests on 127.0.0.1:$port"
    ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop STATE_DIR PORT" >&2; exit 2 ;;
esac
