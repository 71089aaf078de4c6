#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the store tests (Inspection.Content.Tests).
#   eval "$(bash build/test-postgres.sh start)"   # exports INSPECTION_TEST_POSTGRES and INSPECTION_TEST_POSTGRES_DIR
#   bash build/test-postgres.sh stop              # stops the server and removes its folder
# Installs Debian's postgresql package when no server binaries are present (needs root). Status goes to stderr,
# so that stdout carries only the export lines.
set -euo pipefail

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {
  # initdb and postgres refuse to run as root.
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/bash -c "$1"
  else
    bash -c "$1"
  fi
}

free_port() {
  local port
  for port in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port in 54320-54420" >&2
  return 1
}

start() {
  local bin dir port
  bin="${PG_BIN:-$(find_bin)}"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "installing postgresql from Debian's packages" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    bin="$(find_bin)"
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  dir="$(mktemp -d /tmp/inspection-pg.XXXXXX)"
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$dir"
  fi
  port="$(free_port)"
  as_owner "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C" >&2
  # fsync off: a test server's data is thrown away, and the tests do not measure its durability.
  as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off\" start" >&2
  echo "export INSPECTION_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
  echo "export INSPECTION_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local bin dir
  bin="${PG_BIN:-$(find_bin)}"
  dir="${INSPECTION_TEST_POSTGRES_DIR:?run start first, or set INSPECTION_TEST_POSTGRES_DIR}"
  as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
