#!/usr/bin/env bash
# Throwaway PostgreSQL for the test suite. `source scripts/postgres.sh` installs Debian's postgresql package when missing, makes
# a cluster in a temp folder (plus a copy that fault tests may stop and start), starts both on 127.0.0.1 (free ports; unix
# sockets stay in the folder) and exports:
#   CASEBOT_TEST_POSTGRES              Npgsql connection string; its user may create databases (each test makes its own).
#                                      Never stopped by tests.
#   CASEBOT_TEST_POSTGRES_RESTARTABLE  the same for the second cluster, which tests may stop and start
#   CASEBOT_TEST_PG_CTL                pg_ctl for that second cluster, run as the right user ("stop -m fast", "start")
#   CASEBOT_TEST_PGDATA                its data folder
# Call stop_test_postgres when done (`trap stop_test_postgres EXIT`): it stops both clusters and deletes the folder.
# When PostgreSQL cannot be installed or started it warns and leaves the variables unset, so those tests skip instead of failing.
# A CASEBOT_TEST_POSTGRES already set is used as it is (your own server); CASEBOT_TEST_POSTGRES=off skips PostgreSQL.
# Run directly (`scripts/postgres.sh`) it starts the clusters, prints the exports and keeps them until Ctrl-C.

_casebot_pg_dir=""

_casebot_pg_warn() { echo "WARNING: $*; PostgreSQL tests will be skipped." >&2; }

# Runs a PostgreSQL program as the clusters' owner: the postgres account when we are root (the server refuses root), else us.
_casebot_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

_casebot_pg_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Writes <dir>/<name>.pg_ctl (pg_ctl for the cluster in <dir>/<name>, run as its owner), starts that cluster on a free port and
# prints the port. A port can be taken between the check and the bind, so a few are tried.
_casebot_pg_launch() {
  local pg_ctl="$1" dir="$2" name="$3" port _
  {
    echo '#!/usr/bin/env bash'
    echo "# pg_ctl for the CaseBot test cluster $dir/$name (e.g. \"stop -m fast\", \"start\", \"status\")."
    echo 'if [ "$(id -u)" -eq 0 ]; then'
    echo "  exec runuser -u postgres -- '$pg_ctl' -D '$dir/$name' -l '$dir/$name.log' -w -t 30 \"\$@\""
    echo 'fi'
    echo "exec '$pg_ctl' -D '$dir/$name' -l '$dir/$name.log' -w -t 30 \"\$@\""
  } >"$dir/$name.pg_ctl"
  chmod 755 "$dir/$name.pg_ctl"
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    _casebot_pg_port_free "$port" || continue
    echo "port = $port" >>"$dir/$name/postgresql.conf"
    if "$dir/$name.pg_ctl" start >/dev/null 2>&1; then
      echo "$port"
      return 0
    fi
  done
  _casebot_pg_warn "the server did not start ($(tail -1 "$dir/$name.log" 2>/dev/null))"
  return 1
}

_casebot_pg_start() {
  local bin dir parent password shared_port restartable_port
  if [ "$(id -u)" -eq 0 ] && ! command -v runuser >/dev/null; then
    _casebot_pg_warn "runuser is missing (needed to run PostgreSQL as the postgres user)"; return 1
  fi
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    declare -F ensure_apt >/dev/null || source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
    ensure_apt postgresql || { _casebot_pg_warn "could not install Debian's postgresql package"; return 1; }
  fi
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] || { _casebot_pg_warn "no initdb/pg_ctl under /usr/lib/postgresql/*/bin"; return 1; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    _casebot_pg_warn "running as root but there is no postgres user to run the server"; return 1
  fi

  # As root the folder must be reachable by the postgres user, so /tmp rather than a private TMPDIR.
  parent="${TMPDIR:-/tmp}"; [ "$(id -u)" -eq 0 ] && parent=/tmp
  dir="$(mktemp -d "$parent/casebot-pg.XXXXXX")" || { _casebot_pg_warn "no temp folder"; return 1; }
  _casebot_pg_dir="$dir"
  password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  printf '%s\n' "$password" >"$dir/pwfile"
  chmod 600 "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"

  # Unix-socket logins are trusted (only the owner can reach the socket in this folder); TCP needs the password.
  if ! _casebot_pg_as_owner "$bin/initdb" -D "$dir/data" -U casebot --pwfile="$dir/pwfile" --auth-local=trust \
      --auth-host=scram-sha-256 --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
    _casebot_pg_warn "initdb failed ($(tail -1 "$dir/initdb.log"))"; return 1
  fi
  rm -f "$dir/pwfile"

  # Throwaway clusters: no fsync (a clean or immediate stop still loses nothing; only an OS crash would), room for the
  # connection pools of parallel test classes. The second cluster is a copy, so it costs no second initdb.
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  cp -a "$dir/data" "$dir/restartable"
  shared_port="$(_casebot_pg_launch "$bin/pg_ctl" "$dir" data)" || return 1
  restartable_port="$(_casebot_pg_launch "$bin/pg_ctl" "$dir" restartable)" || return 1

  if ! _casebot_pg_as_owner "$bin/psql" -h "$dir" -p "$shared_port" -U casebot -d postgres -qAt \
      -c "CREATE DATABASE casebot" >"$dir/createdb.log" 2>&1; then
    _casebot_pg_warn "could not create the casebot database ($(tail -1 "$dir/createdb.log"))"; return 1
  fi

  export CASEBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$shared_port;Username=casebot;Password=$password;Database=casebot"
  export CASEBOT_TEST_POSTGRES_RESTARTABLE="Host=127.0.0.1;Port=$restartable_port;Username=casebot;Password=$password;Database=postgres"
  export CASEBOT_TEST_PG_CTL="$dir/restartable.pg_ctl"
  export CASEBOT_TEST_PGDATA="$dir/restartable"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') test clusters on 127.0.0.1:$shared_port and :$restartable_port ($dir)"
}

# Stops the throwaway clusters and deletes their folder; safe to call twice, or when nothing was started.
stop_test_postgres() {
  local dir="$_casebot_pg_dir" name
  [ -n "$dir" ] || return 0
  _casebot_pg_dir=""
  for name in data restartable; do
    [ -f "$dir/$name/postmaster.pid" ] && "$dir/$name.pg_ctl" stop -m immediate >/dev/null 2>&1
  done
  rm -rf "$dir"
  if [ "${CASEBOT_TEST_PG_CTL:-}" = "$dir/restartable.pg_ctl" ]; then
    unset CASEBOT_TEST_POSTGRES CASEBOT_TEST_POSTGRES_RESTARTABLE CASEBOT_TEST_PG_CTL CASEBOT_TEST_PGDATA
  fi
  return 0
}

start_test_postgres() {
  case "${CASEBOT_TEST_POSTGRES:-}" in
    off) unset CASEBOT_TEST_POSTGRES; echo "CASEBOT_TEST_POSTGRES=off: PostgreSQL tests will be skipped."; return 0 ;;
    "") ;;
    *) echo "Using the PostgreSQL server in CASEBOT_TEST_POSTGRES."; return 0 ;;
  esac
  if ! _casebot_pg_start; then
    stop_test_postgres
    unset CASEBOT_TEST_POSTGRES CASEBOT_TEST_POSTGRES_RESTARTABLE CASEBOT_TEST_PG_CTL CASEBOT_TEST_PGDATA
  fi
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -u
  trap stop_test_postgres EXIT
  trap 'exit 130' INT TERM
  start_test_postgres
  [ -n "${CASEBOT_TEST_PG_CTL:-}" ] || exit 1
  echo "export CASEBOT_TEST_POSTGRES='$CASEBOT_TEST_POSTGRES'"
  echo "export CASEBOT_TEST_POSTGRES_RESTARTABLE='$CASEBOT_TEST_POSTGRES_RESTARTABLE'"
  echo "export CASEBOT_TEST_PG_CTL='$CASEBOT_TEST_PG_CTL' CASEBOT_TEST_PGDATA='$CASEBOT_TEST_PGDATA'"
  echo "Running until Ctrl-C."
  while :; do sleep 3600 & wait $!; done
else
  start_test_postgres
fi
