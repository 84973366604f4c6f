#!/usr/bin/env bash
# GreenWhistle benchmarks (issue #9). Documented in docs/performance.md.
#
#   bench/run.sh env        machine, MariaDB settings (written to bench/results/env-<stamp>.txt)
#   bench/run.sh b1         B1 submissions through the packaged app + (a) JDBC, (b) /engine-rest peer, (c) in-process
#   bench/run.sh b1-profile B1 through the app only (N=CLIENTS_PROFILE, default 8) with a JFR recording; CPU breakdown
#   bench/run.sh b2-seed    B2 data set: CASES open cases (default 100,000) in a fresh database
#   bench/run.sh b2         B2 inbox and case page on the seeded database (+ EXPLAIN of the inbox query)
#   bench/run.sh b3         B3 reward rules, JMH, 1 and 2 threads
#   bench/run.sh b4         B4 time to ready and RSS (STARTS restarts), then SESSIONS Vaadin report-form sessions
#   bench/run.sh b4-levers  B4 start-up levers: CDS archive, lazy initialisation (each STARTS times)
#   bench/run.sh b5         B5 a citizen's phone: /, /report, /follow-up in headless Chromium on Slow 4G (1× and 4× CPU)
#   bench/run.sh all        env, b3, b1, b2-seed, b2, b4
#   bench/run.sh smoke      every benchmark in a short form that proves it works (not figures to publish)
#
# Knobs (environment): CLIENTS="1 8 32" WARMUP=60 MEASURE=60 (seconds, B1) CASES=100000 SEED_THREADS=2
#   B2_ITERATIONS=1000 B2_WARMUP=300 B2_USERS=investigator,inv-510000 SESSIONS=1000 STARTS=3 HEAP="-Xms1g -Xmx1g" B4_HEAP="-Xmx1g" SKIP_BUILD=1
#   DB_URL_EXTRA="&cachePrepStmts=true…" (driver options for the app, peer and seeding JVMs)
#   B1_PARTS="a b c app" (which parts of B1 to run; "app" alone for before/after comparisons of the app)
#   LABEL="-stmt-cache" (appended to the target column of B1's CSV, to tell variants apart)
#   APP_OPTS="…" (extra JVM/Spring options for the app in B1, e.g. -Dspring.main.lazy-initialization=true)
#   B5_RUNS=3 B5_CPU="1,4" B5_PAGES="/=#portal-report,…" (page=selector of its view) LABEL="-before" (B5 variant name)
#   B5_NICE=-10 (app and browser ahead of other work on a shared host) APP_JAR_OVERRIDE=… (B5 of another build)
#   READY_TIMEOUT=300 (seconds the app may take to start)
#   BENCH_BUFFER_POOL=2G (MariaDB innodb_buffer_pool_size for the run; "keep" leaves it) JMH_ARGS="" (B3 extra args)
# Everything talks to 127.0.0.1 only; every load loop is bounded in time and count.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RESULTS=${RESULTS:-$ROOT/bench/results}
WORK=${WORK:-$ROOT/bench/target/work}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
CLIENTS=${CLIENTS:-"1 8 32"}
WARMUP=${WARMUP:-60}
MEASURE=${MEASURE:-60}
CASES=${CASES:-100000}
SEED_THREADS=${SEED_THREADS:-2}
B2_ITERATIONS=${B2_ITERATIONS:-1000}
B2_WARMUP=${B2_WARMUP:-300}
SESSIONS=${SESSIONS:-1000}
STARTS=${STARTS:-3}
HEAP=${HEAP:-"-Xms1g -Xmx1g"}
# B4 measures RSS: no -Xms there, or the committed heap would be most of it
B4_HEAP=${B4_HEAP:-"-Xmx1g"}
BENCH_BUFFER_POOL=${BENCH_BUFFER_POOL:-2G}
APP_PORT=${APP_PORT:-18080}
PEER_PORT=${PEER_PORT:-18090}
B1_DB=${B1_DB:-greenwhistle_bench}
PEER_DB=${PEER_DB:-camunda_bench}
JDBC_DB=${JDBC_DB:-jdbc_bench}
B2_DB=${B2_DB:-greenwhistle_bench_b2}
B4_DB=${B4_DB:-greenwhistle_bench_b4}
B5_DB=${B5_DB:-greenwhistle_bench_b5}
BUILT_JAR=$ROOT/frontend/target/frontend-0.1.0-SNAPSHOT.jar
# runs use copies taken at build time, so a rebuild in the work tree during a run changes nothing under it
APP_JAR=$WORK/lib/frontend-0.1.0-SNAPSHOT.jar
# the URL of the README/operations guide; DB_URL_EXTRA appends driver options to try (e.g. the statement cache:
# "&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048")
DB_OPTS="sendFractionalSeconds=false&serverTimezone=UTC&nullCatalogMeansCurrent=true&characterEncoding=UTF-8${DB_URL_EXTRA:-}"
mkdir -p "$RESULTS" "$WORK"

mkdir_results() { mkdir -p "$RESULTS"; }
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
sql() { if command -v mariadb >/dev/null 2>&1; then mariadb -h127.0.0.1 -uroot "$@"; else mysql -h127.0.0.1 -uroot "$@"; fi; }
jdbc_url() { echo "jdbc:mysql://127.0.0.1:3306/$1?$DB_OPTS"; }

# ------------------------------------------------------------------ database
check_db() {
  local flush
  flush=$(sql -N -e "SELECT @@innodb_flush_log_at_trx_commit")
  if [ "$flush" != "1" ]; then
    log "innodb_flush_log_at_trx_commit=$flush: setting 1 (durable commits)"
    sql -e "SET GLOBAL innodb_flush_log_at_trx_commit = 1"
  fi
  if [ "$BENCH_BUFFER_POOL" != "keep" ]; then
    sql -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$BENCH_BUFFER_POOL")" || true
  fi
  log "MariaDB $(sql -N -e "SELECT CONCAT(VERSION(), ' flush_log_at_trx_commit=', @@innodb_flush_log_at_trx_commit,
    ' sync_binlog=', @@sync_binlog, ' log_bin=', @@log_bin, ' buffer_pool=', @@innodb_buffer_pool_size DIV 1048576, 'M',
    ' flush_method=', @@innodb_flush_method)")"
}

fresh_db() {
  sql -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  log "fresh database $1"
}

env_report() {
  mkdir_results
  check_db
  local out=$RESULTS/env-$STAMP.txt
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "git: $(git rev-parse --short HEAD 2>/dev/null) $(git status --porcelain 2>/dev/null | wc -l) changed files"
    echo "--- lscpu"; lscpu
    echo "--- free -g"; free -g
    echo "--- java"; java -version 2>&1
    echo "--- mariadb"
    sql -e "SELECT VERSION(); SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit',
      'sync_binlog','log_bin','innodb_buffer_pool_size','innodb_flush_method','innodb_log_file_size',
      'innodb_doublewrite','max_connections','transaction_isolation');"
    echo "--- load average"; cat /proc/loadavg
  } > "$out"
  log "environment written to $out"
  cat "$out" >&2
}

# ------------------------------------------------------------------ build and classpaths
# mvn_build ARGS...: online like the README's commands (a fresh local repository lacks plugins such as
# maven-dependency-plugin); quiet when it works, the build's errors and its last lines when it fails
mvn_build() {
  local out=$WORK/build.log
  if ! ./mvnw -B -ntp "$@" > "$out" 2>&1; then
    log "build failed: ./mvnw $* (full log: $out)"
    grep -E '^\[ERROR\]' "$out" | head -40 >&2 || true
    tail -20 "$out" >&2
    exit 1
  fi
}

build() {
  if [ "${SKIP_BUILD:-0}" = "1" ] && [ -f "$APP_JAR" ] && [ -f "$WORK/suite.cp" ] && [ -f "$WORK/peer.cp" ]; then
    return
  fi
  if [ "${SKIP_BUILD:-0}" != "1" ]; then
    log "building (production jar as in the README, then the bench modules' classpaths from the reactor)"
    mvn_build -Pproduction -DskipTests package
    # no install: the classpaths point at this work tree's module jars (package phase in the reactor)
    mvn_build -DskipTests package dependency:build-classpath -pl bench/suite,bench/peer -am \
      -Dmdep.outputFile=target/bench.classpath
  fi
  if unzip -l "$BUILT_JAR" | grep -q 'BOOT-INF/lib/vaadin-dev'; then
    log "$BUILT_JAR is a development-mode jar (vaadin-dev inside): run without SKIP_BUILD to build the production jar"
    return 1
  fi
  rm -rf "$WORK/lib"; mkdir -p "$WORK/lib"
  cp "$BUILT_JAR" "$APP_JAR"
  local m
  for m in processes backend bench/suite bench/peer; do
    cp "$ROOT/$m/target/"*-0.1.0-SNAPSHOT.jar "$WORK/lib/"
  done
  local here="s#$ROOT/[a-z/]*target/\([a-z-]*-0.1.0-SNAPSHOT.jar\)#$WORK/lib/\1#g"
  echo "$WORK/lib/bench-suite-0.1.0-SNAPSHOT.jar:$(sed "$here" bench/suite/target/bench.classpath)" > "$WORK/suite.cp"
  echo "$WORK/lib/bench-peer-0.1.0-SNAPSHOT.jar:$(sed "$here" bench/peer/target/bench.classpath)" > "$WORK/peer.cp"
  log "jars copied to $WORK/lib: $(ls "$WORK/lib" | tr '\n' ' ')"
}

suite() { java $HEAP -cp "$(cat "$WORK/suite.cp")" "$@"; }

# ------------------------------------------------------------------ the packaged app
APP_PID=""
app_env() {
  export SPRING_PROFILES_ACTIVE=mysql,bench DB_URL DB_USER=root DB_PASSWORD="" PORT=$APP_PORT \
    GREENWHISTLE_CRYPTO_KEY="yD3rLL6ZJ8m0eJd1lXoZQ0m3k8pWcJr5V0Nw1k4c2aA=" \
    GREENWHISTLE_RECEIPT_SECRET="bench-receipt-secret-0123456789" GREENWHISTLE_PUBLIC_URL="http://127.0.0.1:$APP_PORT" \
    GREENWHISTLE_ADMIN_USERNAME=benchadmin GREENWHISTLE_ADMIN_PASSWORD="Bench-admin-2026!" \
    GREENWHISTLE_DATA_DIR="$WORK/data" GREENWHISTLE_MAIL_DELIVERY=CAPTURE
}

# start_app DB LABEL [java options...]: starts the production jar, waits for /actuator/health UP, appends
# time-to-ready (from the launch) and RSS to b4-startup.csv
start_app() {
  local db=$1 label=$2; shift 2
  DB_URL=$(jdbc_url "$db")
  app_env
  if curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/"; then
    log "port $APP_PORT is already taken (another run?): set APP_PORT"; return 1
  fi
  local t0 t1 rss
  t0=$(date +%s%N)
  ${APP_NICE:-} java $HEAP "$@" -jar "${APP_JAR_OVERRIDE:-$APP_JAR}" > "$WORK/app-$label.log" 2>&1 &
  APP_PID=$!
  until curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      log "the app died; see $WORK/app-$label.log"; tail -30 "$WORK/app-$label.log" >&2; return 1
    fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt "${READY_TIMEOUT:-300}" ]; then
      log "app not ready after ${READY_TIMEOUT:-300} s (READY_TIMEOUT)"; return 1
    fi
    sleep 0.1
  done
  t1=$(date +%s%N)
  rss=$(awk '/VmRSS/{print $2}' "/proc/$APP_PID/status")
  local started
  started=$(grep -o 'Started GreenWhistleApplication in [0-9.]* seconds (process running for [0-9.]*)' \
    "$WORK/app-$label.log" | head -1 || true)
  local line
  line="$(date -u +%FT%TZ),B4,$label,$(( (t1 - t0) / 1000000 )),$rss,\"$started\""
  local startup_csv=${STARTUP_CSV:-$RESULTS/b4-startup.csv}
  [ -f "$startup_csv" ] || echo "timestamp,benchmark,target,ready_ms,rss_kb,spring_log" > "$startup_csv"
  echo "$line" >> "$startup_csv"
  echo "RESULT $line"
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

PEER_PID=""
stop_peer() {
  if [ -n "$PEER_PID" ] && kill -0 "$PEER_PID" 2>/dev/null; then
    kill "$PEER_PID"; wait "$PEER_PID" 2>/dev/null || true
  fi
  PEER_PID=""
}
trap 'stop_app; stop_peer' EXIT

# ------------------------------------------------------------------ B1
cpu_ticks() { if [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
report_count() { sql -N -e "SELECT COUNT(*) FROM \`$B1_DB\`.report"; }
b1() {
  mkdir_results
  check_db; build
  fresh_db "$B1_DB"; fresh_db "$PEER_DB"; fresh_db "$JDBC_DB"
  local out=$RESULTS/b1-$STAMP.csv
  local parts=" ${B1_PARTS:-a b c app} "
  if [[ $parts == *" a "* ]]; then
  log "B1 (a): JDBC single-row INSERT + COMMIT"
  for n in $CLIENTS; do
    suite org.greenwhistle.bench.load.LoadMain --target=jdbc --jdbc-url="$(jdbc_url "$JDBC_DB")" --clients="$n" --label="jdbc${LABEL:-}" \
      --warmup="$WARMUP" --measure="$MEASURE" --out="$out"
  done
  fi
  if [[ $parts == *" b "* ]]; then
  log "B1 (b): bare Camunda peer through /engine-rest"
  DB_URL=$(jdbc_url "$PEER_DB") PORT=$PEER_PORT java $HEAP -cp "$(cat "$WORK/peer.cp")" \
    org.greenwhistle.bench.peer.PeerApplication serve > "$WORK/peer.log" 2>&1 &
  PEER_PID=$!
  sleep 1
  until curl -fsS "http://127.0.0.1:$PEER_PORT/engine-rest/engine" 2>/dev/null | grep -q default; do
    kill -0 "$PEER_PID" 2>/dev/null || { tail -30 "$WORK/peer.log" >&2; return 1; }; sleep 0.2
  done
  for n in $CLIENTS; do
    suite org.greenwhistle.bench.load.LoadMain --target=engine-rest --url="http://127.0.0.1:$PEER_PORT" --label="engine-rest${LABEL:-}" \
      --clients="$n" --warmup="$WARMUP" --measure="$MEASURE" --out="$out"
  done
  stop_peer
  fi
  if [[ $parts == *" c "* ]]; then
  log "B1 (c): the same start in-process (RuntimeService), one JVM per N"
  for n in $CLIENTS; do
    DB_URL=$(jdbc_url "$PEER_DB") PORT=$PEER_PORT java $HEAP -cp "$(cat "$WORK/peer.cp")" \
      org.greenwhistle.bench.peer.PeerApplication inprocess "$n" "$WARMUP" "$MEASURE" "$out" \
      --logging.level.root=warn --spring.main.banner-mode=off 2>&1 | grep -E '^RESULT|ERROR|Exception' || true
  done
  fi
  if [[ $parts == *" app "* ]]; then
  log "B1: submissions through the packaged app"
  start_app "$B1_DB" "b1${LABEL:-}" ${APP_OPTS:-}
  local db_pid; db_pid=$(pgrep -o -x mariadbd || pgrep -o -x mysqld || echo "")
  for n in $CLIENTS; do
    local app0 db0 rep0 app1 db1 rep1
    app0=$(cpu_ticks "$APP_PID"); db0=$(cpu_ticks "$db_pid"); rep0=$(report_count)
    suite org.greenwhistle.bench.load.LoadMain --target=reports --url="http://127.0.0.1:$APP_PORT" --clients="$n" --label="reports${LABEL:-}" \
      --warmup="$WARMUP" --measure="$MEASURE" --out="$out"
    app1=$(cpu_ticks "$APP_PID"); db1=$(cpu_ticks "$db_pid"); rep1=$(report_count)
    # CPU per stored report over warm-up + measurement: steadier than throughput when the machine is not quiet
    python3 -c "import sys; a0,a1,d0,d1,r0,r1,hz=map(int,sys.argv[1:]); n=max(r1-r0,1); \
print(f'RESULT cpu per report at N=$n: app {(a1-a0)*1000/hz/n:.2f} ms, MariaDB {(d1-d0)*1000/hz/n:.2f} ms ({n} reports)')" \
      "$app0" "$app1" "$db0" "$db1" "$rep0" "$rep1" "$(getconf CLK_TCK)" | tee -a "${out%.csv}-cpu.txt"
  done
  stop_app
  sql -N -e "SELECT CONCAT('server side: reports=', (SELECT COUNT(*) FROM \`$B1_DB\`.report),
    ' evidence=', (SELECT COUNT(*) FROM \`$B1_DB\`.evidence), ' case_task=', (SELECT COUNT(*) FROM \`$B1_DB\`.case_task),
    ' process instances=', (SELECT COUNT(*) FROM \`$B1_DB\`.ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL),
    ' audit=', (SELECT COUNT(*) FROM \`$B1_DB\`.audit_entry))" >&2
  fi
  b1_summary "$out"
}

b1_summary() {
  python3 - "$1" <<'EOF' | tee "${1%.csv}-summary.md"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
by = {(r['benchmark'], r['clients']): r for r in rows}
ns = sorted({int(r['clients']) for r in rows})
print("| N | B1 /s | B1 p50 ms | B1 p99 ms | (a) JDBC /s | (b) engine-rest /s | (c) in-process /s | B1/(a) | B1/(b) | B1/(c) |")
print("|---|---|---|---|---|---|---|---|---|---|")
def f(k, n, col='throughput_per_s'):
    r = by.get((k, str(n)))
    return float(r[col]) if r else None
for n in ns:
    b1, a, b, c = f('B1', n), f('B1a', n), f('B1b', n), f('B1c', n)
    ratio = lambda x, y: f"{x / y:.2f}" if x and y else "–"
    cell = lambda x: f"{x:.1f}" if x is not None else "–"
    print(f"| {n} | {cell(b1)} | {cell(f('B1', n, 'p50_ms'))} | {cell(f('B1', n, 'p99_ms'))} | {cell(a)} | {cell(b)} | "
          f"{cell(c)} | {ratio(b1, a)} | {ratio(b1, b)} | {ratio(b1, c)} |")
EOF
}

# ------------------------------------------------------------------ B2
b2_seed() {
  mkdir_results
  check_db; build
  fresh_db "$B2_DB"
  DB_URL=$(jdbc_url "$B2_DB"); app_env
  log "B2 seeding $CASES cases into $B2_DB"
  suite org.greenwhistle.bench.seed.SeedMain --cases="$CASES" --threads="$SEED_THREADS" --batch="${SEED_BATCH:-100}" \
    2>&1 | tee "$WORK/seed.log" | grep --line-buffered -v '^\s*$'
  grep '^RESULT' "$WORK/seed.log" | sed "s/^RESULT /$(date -u +%FT%TZ) /" >> "$RESULTS/b2-seed.txt"
}

b2() {
  mkdir_results
  check_db; build
  DB_URL=$(jdbc_url "$B2_DB"); app_env
  local out=$RESULTS/b2-$STAMP.csv
  suite org.greenwhistle.bench.seed.InboxMain --users="${B2_USERS:-investigator,inv-510000}" --iterations="$B2_ITERATIONS" \
    --warmup="$B2_WARMUP" --out="$out"
  log "EXPLAIN of the inbox page and count (copies of CaseTaskMapper.xml 'inbox' and 'countInbox', no filter and"
  log "category filter) for investigator (510311) and inv-510000 (Sichuan)"
  sql "$B2_DB" -e "ANALYZE TABLE case_task, report, report_category;" >/dev/null
  local who path user filter
  {
    for who in "/000000/510000/510300/510311/ investigator" "/000000/510000/ inv-510000"; do
      read -r path user <<< "$who"
      for filter in "" "AND LOCATE(',WATER,', CONCAT(',', t.categories, ',')) > 0"; do
        echo "--- $user ${filter:+(category WATER)}"
        sql "$B2_DB" -e "EXPLAIN SELECT t.task_id, r.target_name FROM (SELECT t.task_id FROM case_task t
          WHERE t.region_path LIKE CONCAT('$path', '%') AND t.role IN ('INVESTIGATOR')
            AND (t.assignee IS NULL OR t.assignee = '$user') $filter
          ORDER BY t.inbox_rank, t.due_at, t.created_at, t.task_id LIMIT 50 OFFSET 0) page_ids
          JOIN case_task t ON t.task_id = page_ids.task_id JOIN report r ON r.id = t.report_id
          ORDER BY t.inbox_rank, t.due_at, t.created_at, t.task_id;
          EXPLAIN SELECT COUNT(*) FROM case_task t WHERE t.region_path LIKE CONCAT('$path', '%')
            AND t.role IN ('INVESTIGATOR') AND (t.assignee IS NULL OR t.assignee = '$user') $filter;"
      done
    done
  } | tee "$RESULTS/b2-explain-$STAMP.txt"
}

# ------------------------------------------------------------------ B3
b3() {
  mkdir_results
  build
  for t in 1 2; do
    suite org.openjdk.jmh.Main RewardCalculatorBenchmark -t "$t" -rf json -rff "$RESULTS/b3-t$t-$STAMP.json" \
      ${JMH_ARGS:-} 2>&1 | tee "$WORK/b3-t$t.log" | grep -E 'B3 inputs|^Benchmark|RewardCalculatorBenchmark\.' || true
  done
}

# ------------------------------------------------------------------ B4
heap_used_kb() {
  jcmd "$APP_PID" GC.run >/dev/null
  sleep 1
  jcmd "$APP_PID" GC.run >/dev/null
  jcmd "$APP_PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'
}

b4() {
  mkdir_results
  check_db; build
  local HEAP=$B4_HEAP
  fresh_db "$B4_DB"
  log "B4: first start on an empty database (schema creation), then $STARTS restarts"
  start_app "$B4_DB" "first-start"; stop_app
  for i in $(seq 1 "$STARTS"); do start_app "$B4_DB" "restart-$i"; stop_app; done
  log "B4: $SESSIONS report-form sessions"
  start_app "$B4_DB" "sessions"
  # one session first so that the view's classes are loaded and the caches filled before the baseline
  suite org.greenwhistle.bench.web.SessionsMain --url="http://127.0.0.1:$APP_PORT" --sessions=5 --parallel=1 \
    --out="$WORK/b4-warm.csv" >/dev/null 2>&1 || true
  local before rss_before after rss_after
  before=$(heap_used_kb); rss_before=$(awk '/VmRSS/{print $2}' "/proc/$APP_PID/status")
  suite org.greenwhistle.bench.web.SessionsMain --url="http://127.0.0.1:$APP_PORT" --sessions="$SESSIONS" \
    --parallel="${SESSION_PARALLEL:-4}" --out="$RESULTS/b4-sessions-$STAMP.csv"
  after=$(heap_used_kb); rss_after=$(awk '/VmRSS/{print $2}' "/proc/$APP_PID/status")
  local live
  live=$(jcmd "$APP_PID" GC.class_histogram | awk '$4=="org.apache.catalina.session.StandardSession"{s=$2}
    $4 ~ /VaadinSession$/{v+=$2} $4 ~ /\.ReportView$/{r+=$2} END{print "StandardSession=" s+0 " VaadinSession=" v+0 " ReportView=" r+0}')
  local line
  line="$(date -u +%FT%TZ),B4,sessions,$SESSIONS,$before,$after,$(( (after - before) / SESSIONS )),$rss_before,$rss_after,$(( (rss_after - rss_before) / SESSIONS )),$live"
  [ -f "$RESULTS/b4-memory.csv" ] || echo "timestamp,benchmark,target,sessions,heap_used_before_kb,heap_used_after_kb,heap_kb_per_session,rss_before_kb,rss_after_kb,rss_kb_per_session,live_objects" > "$RESULTS/b4-memory.csv"
  echo "$line" >> "$RESULTS/b4-memory.csv"
  echo "RESULT $line"
  jcmd "$APP_PID" GC.class_histogram | head -25 > "$RESULTS/b4-histogram-$STAMP.txt"
  stop_app
}

# start-up levers, each measured like B4 (time to ready and RSS); the database must exist (run b4 first)
b4_levers() {
  mkdir_results
  check_db; build
  local HEAP=$B4_HEAP
  local dir=$WORK/cds
  rm -rf "$dir"
  log "CDS: extract the jar, training run (exits after refresh), then start with the archive"
  java -Djarmode=tools -jar "$APP_JAR" extract --destination "$dir" >/dev/null
  DB_URL=$(jdbc_url "$B4_DB"); app_env
  java $HEAP -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$dir/$(basename "$APP_JAR")" \
    > "$WORK/cds-training.log" 2>&1 || true
  ls -la "$dir/app.jsa" >&2 || { log "no CDS archive; see $WORK/cds-training.log"; tail -20 "$WORK/cds-training.log" >&2; }
  for i in $(seq 1 "$STARTS"); do
    start_app "$B4_DB" "baseline-$i"; stop_app
    APP_JAR_OVERRIDE="$dir/$(basename "$APP_JAR")" start_app "$B4_DB" "extracted-cds-$i" -XX:SharedArchiveFile="$dir/app.jsa" -Xlog:cds=off -Xlog:class+path=off; stop_app
    start_app "$B4_DB" "lazy-init-$i" -Dspring.main.lazy-initialization=true; stop_app
    APP_JAR_OVERRIDE="$dir/$(basename "$APP_JAR")" start_app "$B4_DB" "cds+lazy-$i" -XX:SharedArchiveFile="$dir/app.jsa" -Dspring.main.lazy-initialization=true; stop_app
    start_app "$B4_DB" "tiered-c1-$i" -XX:TieredStopAtLevel=1; stop_app
  done
}

# ------------------------------------------------------------------ B5
b5() {
  mkdir_results
  build
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "B5 needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)"; return 1
  fi
  # the schema may stay: B5 reads nothing but the portal's pages (a fresh schema costs minutes on a busy host)
  sql -e "CREATE DATABASE IF NOT EXISTS \`$B5_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  # B5_NICE=-10: the app, the browser and its driver ahead of other work on a shared host (a phone has its CPU to itself)
  local nice_cmd=""
  [ -n "${B5_NICE:-}" ] && nice_cmd="nice -n $B5_NICE"
  APP_NICE=$nice_cmd STARTUP_CSV=$WORK/b5-startup.csv start_app "$B5_DB" "b5${LABEL:-}" ${APP_OPTS:-}
  local pages=${B5_PAGES:-"/=#portal-report,/report=#submit-report,/follow-up=#follow-up-open"}
  log "B5: one unthrottled-CPU pass to warm the server's JIT and caches (not counted)"
  $nice_cmd java $HEAP -cp "$(cat "$WORK/suite.cp")" org.greenwhistle.bench.web.PhoneMain \
    --url="http://127.0.0.1:$APP_PORT" --pages="$pages" --cpu=1 --runs=1 \
    --out="$WORK/b5-warm.csv" --requests="$WORK/b5-warm-requests.txt" > /dev/null || log "warm-up pass: a page was not usable within 90 s"
  local out=$RESULTS/b5-$STAMP.csv
  log "B5: Slow 4G (150 ms, 1.6 Mbit/s down), CPU ${B5_CPU:-1,4}, ${B5_RUNS:-3} runs per page"
  $nice_cmd java $HEAP -cp "$(cat "$WORK/suite.cp")" org.greenwhistle.bench.web.PhoneMain \
    --url="http://127.0.0.1:$APP_PORT" --pages="$pages" --cpu="${B5_CPU:-1,4}" \
    --runs="${B5_RUNS:-3}" --label="${LABEL:-}" --out="$out" --requests="$RESULTS/b5-requests-$STAMP${LABEL:-}.txt" \
    || log "some runs failed (FAILED lines above); the summary covers the others"
  stop_app
  b5_summary "$out"
}

# medians over the runs, one row per page and CPU factor; marks the network-only goals
b5_summary() {
  python3 - "$1" <<'EOF' | tee "${1%.csv}-summary.md"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
print("| variant | page | CPU | first visit s (median, min–max) | first kB | repeat visit s (median, min–max) | repeat kB | runs | goals (1× only) |")
print("|---|---|---|---|---|---|---|---|---|")
keys = []
for r in rows:
    k = (r['label'], r['page'], r['cpu'])
    if k not in keys: keys.append(k)
for k in keys:
    rs = [r for r in rows if (r['label'], r['page'], r['cpu']) == k]
    col = lambda c: [float(r[c]) for r in rs]
    med = lambda c: statistics.median(col(c))
    span = lambda c: f"{med(c):.2f} ({min(col(c)):.2f}–{max(col(c)):.2f})"
    goal = "–"
    if k[2] == '1':
        ok = med('first_s') <= 3.5 and med('first_kB') <= 450 and med('repeat_s') <= 1.2
        goal = "met" if ok else "missed"
    print(f"| {k[0] or '–'} | {k[1]} | {k[2]}× | {span('first_s')} | {med('first_kB'):.0f} | {span('repeat_s')} | "
          f"{med('repeat_kB'):.0f} | {len(rs)} | {goal} |")
EOF
}

# ------------------------------------------------------------------ smoke: each benchmark short, to prove it works
smoke() {
  build
  # one build for all of them
  export SKIP_BUILD=1
  CLIENTS="2" WARMUP=5 MEASURE=5 RESULTS="$WORK/smoke" b1
  CASES=${CASES_SMOKE:-500} RESULTS="$WORK/smoke" b2_seed
  B2_ITERATIONS=50 B2_WARMUP=20 RESULTS="$WORK/smoke" b2
  JMH_ARGS="-wi 1 -w 2s -i 1 -r 3s" RESULTS="$WORK/smoke" b3
  STARTS=1 SESSIONS=50 RESULTS="$WORK/smoke" b4
}

case "${1:-}" in
  env) env_report ;;
  build) build ;;
  b1) b1 ;;
  b2-seed) b2_seed ;;
  b2) b2 ;;
  b3) b3 ;;
  b4) b4 ;;
  b4-levers) b4_levers ;;
  b5) b5 ;;
  all) env_report; b3; b1; b2_seed; b2; b4 ;;
  b1-profile)
    # B1 through the app only, with a JFR recording of the app; then where its request threads spend CPU
    B1_PARTS=app CLIENTS=${CLIENTS_PROFILE:-8} LABEL="${LABEL:-}-jfr" \
      APP_OPTS="${APP_OPTS:-} -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$WORK/b1-$STAMP.jfr,settings=profile" b1
    python3 "$ROOT/bench/jfr_top.py" "$WORK/b1-$STAMP.jfr" http-nio | tee "$RESULTS/b1-profile-$STAMP.txt" ;;
  smoke) smoke ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
esac
