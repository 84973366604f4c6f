#!/usr/bin/env bash
# Shared helpers of the reliability suites (issue #8): build once, start/stop the packaged app, SQL.
# Sourced by crash.sh, two-nodes.sh and hostile.sh; not run on its own.
set -euo pipefail

REL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REL_WORK=${REL_WORK:-/tmp/gw-reliability}
APP_JAR=${APP_JAR:-$REL_ROOT/frontend/target/frontend-0.1.0-SNAPSHOT.jar}
DB_OPTS="sendFractionalSeconds=false&serverTimezone=UTC&nullCatalogMeansCurrent=true&characterEncoding=UTF-8"
# the tools' JDBC driver: unless given, the one inside the app jar (build_tools), whichever local repository built it
JDBC_JAR=${JDBC_JAR:-}
# the suites' master key: the app encrypts evidence with it, the tools decrypt stored files with it (issue #23)
REL_CRYPTO_KEY="q5nB0mY3Jm6tT1wqGf1+6c4JH9mJ0w1vJ2uQm8m0p2s="
mkdir -p "$REL_WORK"

log() { printf '[reliability %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
sql() { if command -v mariadb >/dev/null 2>&1; then mariadb -h127.0.0.1 -P3306 -uroot "$@"; else mysql -h127.0.0.1 -P3306 -uroot "$@"; fi; }
jdbc_url() { echo "jdbc:mysql://127.0.0.1:3306/$1?$DB_OPTS"; }

fresh_db() {
  case "$1" in greenwhistle_it|greenwhistle) log "refusing to drop $1"; exit 2;; esac
  sql -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  log "fresh database $1"
}

# Builds the production jar once (README command), unless SKIP_BUILD=1 or APP_JAR already exists and is newer
# than every source file.
build_app() {
  if [ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$APP_JAR" ]; then return; fi
  if [ -f "$APP_JAR" ] && [ -z "$(find "$REL_ROOT"/{processes,backend,frontend}/src "$REL_ROOT"/sql -newer "$APP_JAR" -type f -print -quit)" ]; then
    return
  fi
  log "building the production jar (./mvnw -B -Pproduction -DskipTests package)"
  # online like the README's command; quiet when it works, the build's errors and its last lines when it fails
  local out=$REL_WORK/build.log
  if ! (cd "$REL_ROOT" && ./mvnw -B -ntp -Pproduction -Dmaven.test.skip=true package -pl frontend -am) > "$out" 2>&1; then
    log "build failed (full log: $out)"
    grep -E '^\[ERROR\]' "$out" | head -40 >&2 || true
    tail -20 "$out" >&2
    exit 1
  fi
}

# Compiles the Java sources of reliability/src (plus the corpus shared with the CI test) into $REL_WORK/classes.
build_tools() {
  local out=$REL_WORK/classes
  rm -rf "$out"; mkdir -p "$out"
  if [ -z "$JDBC_JAR" ]; then
    JDBC_JAR=$REL_WORK/mysql-connector-j.jar
    unzip -p "$APP_JAR" "$(unzip -Z1 "$APP_JAR" | grep -m1 '^BOOT-INF/lib/mysql-connector-j-.*\.jar$')" > "$JDBC_JAR"
  fi
  # the app's own evidence decryption (backend jar) and Tink, from the app jar: the tools read stored files as the app does
  TOOL_CP=$JDBC_JAR
  local lib
  for lib in backend tink protobuf-java; do
    unzip -p "$APP_JAR" "$(unzip -Z1 "$APP_JAR" | grep -m1 "^BOOT-INF/lib/$lib-[0-9].*\.jar$")" > "$REL_WORK/$lib.jar"
    TOOL_CP=$TOOL_CP:$REL_WORK/$lib.jar
  done
  javac -nowarn -encoding UTF-8 -d "$out" -cp "$TOOL_CP" \
    "$REL_ROOT"/reliability/src/*.java \
    "$REL_ROOT"/backend/src/test/java/org/greenwhistle/reliability/HostileCorpus.java
}
tool() { GREENWHISTLE_CRYPTO_KEY=$REL_CRYPTO_KEY java ${TOOL_HEAP:--Xmx256m} -cp "$REL_WORK/classes:$TOOL_CP" "$@"; }

# app_env DB PORT DATA_DIR: the production environment of the README, with the raised-limit bench profile.
app_env() {
  export SPRING_PROFILES_ACTIVE=${PROFILES:-mysql,bench} DB_URL=$(jdbc_url "$1") DB_USER=root DB_PASSWORD="" PORT=$2 \
    GREENWHISTLE_CRYPTO_KEY="$REL_CRYPTO_KEY" \
    GREENWHISTLE_RECEIPT_SECRET="reliability-receipt-secret-4711" GREENWHISTLE_PUBLIC_URL="http://127.0.0.1:$2" \
    GREENWHISTLE_ADMIN_USERNAME=reladmin GREENWHISTLE_ADMIN_PASSWORD="Rel-admin-2026!" \
    GREENWHISTLE_DATA_DIR="$3" GREENWHISTLE_EVIDENCE_DIR="$3/evidence" GREENWHISTLE_MAIL_DELIVERY=CAPTURE
}

# start_app NAME DB PORT DATA_DIR [java options...]: starts the jar in the background, sets PID_<NAME>.
start_app() {
  local name=$1 db=$2 port=$3 data=$4; shift 4
  mkdir -p "$data"
  ( app_env "$db" "$port" "$data"; exec java "$@" -jar "$APP_JAR" ) >> "$REL_WORK/app-$name.log" 2>&1 &
  eval "PID_$name=$!"
  log "started $name (pid $!) on port $port, db $db, log $REL_WORK/app-$name.log"
}

# wait_ready NAME PORT [timeout s]; READY_TIMEOUT (default 300 s) for a slow or busy machine
wait_ready() {
  local name=$1 port=$2 timeout=${3:-${READY_TIMEOUT:-300}} t0=$SECONDS pid
  pid=$(eval echo "\$PID_$name")
  until curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then log "$name died; tail of its log:"; tail -30 "$REL_WORK/app-$name.log" >&2; return 1; fi
    if [ $((SECONDS - t0)) -gt "$timeout" ]; then log "$name not ready after $timeout s"; return 1; fi
    sleep 0.5
  done
  log "$name ready after $((SECONDS - t0)) s"
}

stop_app() { # graceful
  local pid; pid=$(eval echo "\${PID_$1:-}")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  eval "PID_$1="
}
kill9_app() {
  local pid; pid=$(eval echo "\${PID_$1:-}")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; wait "$pid" 2>/dev/null || true; log "SIGKILL $1 (pid $pid)"; fi
  eval "PID_$1="
}
