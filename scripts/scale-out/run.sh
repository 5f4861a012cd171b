#!/usr/bin/env bash
# The scale-out path of docs/scaling.md, run for real on one machine with Debian's packages:
#   PostgreSQL primary + hot-standby replica (pg_basebackup), each on its own port and folder
#   s3rver as the S3-compatible file store
#   two app servers (DATABASE_URL → primary, DATABASE_READ_URL → replica, FILE_STORE=s3,
#   each its own IMPORT_DIR)
#   HAProxy in front, with health checks, retries and redispatch
# then scripts/scale-out/drive.ts runs a browser journey and a bounded load through HAProxy,
# kills one app server with SIGKILL in the middle, checks what must hold and prints figures.
#
#   bash scripts/scale-out/run.sh                 # as root (PostgreSQL runs as the postgres user)
#   LOAD_SECONDS=60 LOAD_WORKERS=6 bash scripts/scale-out/run.sh
#
# Everything listens on 127.0.0.1 only, lives in one temp folder, and is stopped and removed on
# exit, whatever happens. The machine's own PostgreSQL (5432) is never touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
PRIMARY_PORT=${PRIMARY_PORT:-55432}
REPLICA_PORT=${REPLICA_PORT:-55433}
S3_PORT=${S3_PORT:-55490}
APP1_PORT=${APP1_PORT:-55401}
APP2_PORT=${APP2_PORT:-55402}
LB_PORT=${LB_PORT:-55480}
STATS_PORT=${STATS_PORT:-55481}
export LOAD_SECONDS=${LOAD_SECONDS:-60}
export LOAD_WORKERS=${LOAD_WORKERS:-6}
export LOAD_MAX_REQUESTS=${LOAD_MAX_REQUESTS:-20000}

started=$(date +%s)
say() { echo "[scale-out $(( $(date +%s) - started ))s] $*"; }
fail() { echo "[scale-out] FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root: PostgreSQL is started as the postgres user"
[ -x "$PG_BIN/pg_basebackup" ] || fail "no PostgreSQL binaries (apt-get install postgresql)"
if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  say "installing HAProxy (Debian's package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq haproxy >/dev/null
fi
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
id postgres >/dev/null 2>&1 || fail "no postgres OS user (it comes with Debian's postgresql package)"
for port in $PRIMARY_PORT $REPLICA_PORT $S3_PORT $APP1_PORT $APP2_PORT $LB_PORT $STATS_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is in use"; fi
done
command -v curl >/dev/null || fail "no curl (apt-get install curl)"

WORK=$(mktemp -d /tmp/setara-scale-out.XXXXXX)
chmod 755 "$WORK"
PGDIR="$WORK/pg" # owned by the postgres user: both data folders, their logs and sockets
PIDS=()
cleanup() {
  local code=$?
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for dir in "$PGDIR/replica" "$PGDIR/primary"; do
    [ -f "$dir/postmaster.pid" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1
  done
  sleep 0.5
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  if [ "$code" != 0 ]; then
    for log in "$WORK"/*.log "$PGDIR"/*.log; do [ -f "$log" ] && { echo "--- last lines of $(basename "$log")"; tail -n 25 "$log"; }; done
  fi
  rm -rf "$WORK"
  exit "$code"
}
trap cleanup EXIT INT TERM

as_pg() { runuser -u postgres -- "$@"; }
psql_at() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d "${2:-postgres}" -XAtqc "$3"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
streaming() {
  [ "$(psql_at "$PRIMARY_PORT" postgres "select count(*) from pg_stat_replication where state = 'streaming'")" = 1 ]
}
health_ok() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$1/api/health"; }
wait_for() { # wait_for <seconds> <description> <command…>
  local end=$((SECONDS + $1)) what=$2; shift 2
  while [ "$SECONDS" -lt "$end" ]; do "$@" >/dev/null 2>&1 && return 0; sleep 0.25; done
  fail "$what did not come up within $1s"
}
app_up() { # app_up <name> <port>: 0 when healthy; gives up at once when the process died
  kill -0 "$(cat "$WORK/$1.pid")" 2>/dev/null || { touch "$WORK/$1.died"; return 0; }
  health_ok "$2"
}

say "web app build (only when missing or stale)"
node scripts/ensure-web-build.mjs

say "PostgreSQL primary on 127.0.0.1:$PRIMARY_PORT"
mkdir -p "$PGDIR" && chown postgres:postgres "$PGDIR"
as_pg "$PG_BIN/initdb" -D "$PGDIR/primary" -U postgres -A trust --no-sync >"$WORK/initdb.log"
cat >>"$PGDIR/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$PGDIR'
wal_level = replica
max_wal_senders = 4
wal_keep_size = 256MB
hot_standby = on
EOF
as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/primary" -l "$PGDIR/primary.log" -w start >/dev/null
psql_at "$PRIMARY_PORT" postgres "create database setara"

say "hot-standby replica on 127.0.0.1:$REPLICA_PORT (pg_basebackup)"
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$PGDIR/replica" -R -X stream -c fast
cat >>"$PGDIR/replica/postgresql.conf" <<EOF
port = $REPLICA_PORT
EOF
as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/replica" -l "$PGDIR/replica.log" -w start >/dev/null
[ "$(psql_at "$REPLICA_PORT" setara 'select pg_is_in_recovery()')" = t ] || fail "the replica is not in recovery"
wait_for 30 "streaming replication" streaming

say "s3rver on 127.0.0.1:$S3_PORT"
mkdir -p "$WORK/s3"
node node_modules/s3rver/bin/s3rver.js -d "$WORK/s3" -a 127.0.0.1 -p "$S3_PORT" --silent \
  --configure-bucket setara >"$WORK/s3rver.log" 2>&1 &
PIDS+=($!)
wait_for 20 "s3rver" port_open "$S3_PORT"

export DATABASE_URL="postgres://postgres@127.0.0.1:$PRIMARY_PORT/setara"
export DATABASE_READ_URL="postgres://postgres@127.0.0.1:$REPLICA_PORT/setara"
export FILE_STORE=s3 S3_BUCKET=setara S3_ENDPOINT="http://127.0.0.1:$S3_PORT" S3_REGION=us-east-1
export S3_ACCESS_KEY_ID=S3RVER S3_SECRET_ACCESS_KEY=S3RVER S3_FORCE_PATH_STYLE=1
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
export TRUST_PROXY=1 LOG_LEVEL=warn HOST=127.0.0.1
# The load signs in a few users and sends far more than a person would: lift the per-user and
# per-address rate limits for this run only.
export RATE_LIMIT_ANON_PER_MINUTE=1000000 RATE_LIMIT_USER_PER_MINUTE=1000000 RATE_LIMIT_SIGN_IN_PER_MINUTE=1000

# Each server has its own IMPORT_DIR: an import checked on one and committed on the other can
# only work through the shared file store (s3rver).
start_app() { # start_app <name> <port> <demo on|off>
  PORT=$2 SETARA_DEMO=$3 SETARA_DATA_DIR="$WORK/$1-data" IMPORT_DIR="$WORK/$1-imports" \
    node --import tsx server/main.ts >"$WORK/$1.log" 2>&1 &
  local pid=$!
  disown "$pid" # its SIGKILL is the point of the run, not news for the terminal
  PIDS+=("$pid")
  echo "$pid" >"$WORK/$1.pid"
}

say "app server 1 on :$APP1_PORT (migrates and seeds the demo)"
start_app app1 "$APP1_PORT" on
wait_for 240 "app server 1" app_up app1 "$APP1_PORT"
[ -e "$WORK/app1.died" ] && fail "app server 1 exited"
say "app server 2 on :$APP2_PORT"
start_app app2 "$APP2_PORT" off
wait_for 120 "app server 2" app_up app2 "$APP2_PORT"
[ -e "$WORK/app2.died" ] && fail "app server 2 exited"

# The readiness route when this version has one; /api/health otherwise.
CHECK_PATH=/api/health/ready
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP1_PORT$CHECK_PATH")" = 200 ] || CHECK_PATH=/api/health

say "HAProxy on :$LB_PORT (stats on :$STATS_PORT), health check $CHECK_PATH"
cat >"$WORK/haproxy.cfg" <<EOF
global
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout queue 10s
  timeout http-request 10s
  # A request whose server is gone (refused, or closed without an answer) is sent again,
  # to the other server (redispatch). Only requests that never got an answer are retried.
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response junk-response
frontend setara
  bind 127.0.0.1:$LB_PORT
  default_backend app
backend app
  balance roundrobin
  option httpchk GET $CHECK_PATH
  http-check expect status 200
  default-server inter 1s fastinter 250ms downinter 1s fall 2 rise 2
  # Which server answered, so the driver can tell where a journey's steps ran.
  http-response set-header X-Served-By %s
  server app1 127.0.0.1:$APP1_PORT check
  server app2 127.0.0.1:$APP2_PORT check
listen stats
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /stats
EOF
"$HAPROXY" -c -q -f "$WORK/haproxy.cfg"
"$HAPROXY" -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
wait_for 20 "HAProxy" port_open "$LB_PORT"

say "driving the journey and the load (${LOAD_SECONDS}s, ${LOAD_WORKERS} workers)"
BASE_URL="http://127.0.0.1:$LB_PORT" STATS_URL="http://127.0.0.1:$STATS_PORT/stats;csv" \
  PRIMARY_URL="$DATABASE_URL" REPLICA_URL="$DATABASE_READ_URL" WORK="$WORK" \
  APP_PIDS="app1=$(cat "$WORK/app1.pid"),app2=$(cat "$WORK/app2.pid")" \
  node --import tsx scripts/scale-out/drive.ts
say "done in $(( $(date +%s) - started ))s"
