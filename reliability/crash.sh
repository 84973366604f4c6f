#!/usr/bin/env bash
# Issue #8 part 1: crash test. The packaged app on MariaDB (database gw_crash) receives a stream of REST submissions
# (each with its own Idempotency-Key and 1-3 photos) from a client that retries with the same key; the app is killed
# with SIGKILL mid-stream (KILLS times, each after KILL_EVERY more acknowledged submissions) and restarted. Then the
# checker compares the client's ledger with the database, Camunda and the evidence store.
#
#   reliability/crash.sh                                  full run: 600 submissions, 4 threads, 3 kills
#   COUNT=120 KILLS=1 KILL_EVERY=40 reliability/crash.sh  a short run
#
# Knobs: COUNT THREADS KILLS KILL_EVERY HEAP (-Xmx1g) PORT (18281) DB (gw_crash) SKIP_BUILD=1 READY_TIMEOUT (300 s)
# Result: reliability/results/crash-<stamp>.md; exit 1 on any lost or duplicated report, orphan file, report without
# process (or the reverse) or incident.
source "$(dirname "$0")/lib.sh"

COUNT=${COUNT:-600}; THREADS=${THREADS:-4}; KILLS=${KILLS:-3}; KILL_EVERY=${KILL_EVERY:-$((COUNT / (KILLS + 1)))}
HEAP=${HEAP:--Xmx1g}; PORT=${PORT:-18281}; DB=${DB:-gw_crash}
DATA=$REL_WORK/crash-data; TMPD=$REL_WORK/crash-tmp
RESULTS=${RESULTS:-$REL_ROOT/reliability/results}; mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ); RUN=${RUN:-$STAMP}
LEDGER=$REL_WORK/crash-ledger-$RUN.txt; PROGRESS=$REL_WORK/crash-progress-$RUN.txt; OUT=$RESULTS/crash-$STAMP.md

build_app
build_tools
fresh_db "$DB"
rm -rf "$DATA" "$TMPD"; mkdir -p "$DATA" "$TMPD"; : > "$REL_WORK/crash-kills.txt"; : > "$LEDGER"; echo 0 > "$PROGRESS"; : > "$REL_WORK/app-crash.log"
CLIENT_PID=""
cleanup() { stop_app crash; if [ -n "$CLIENT_PID" ]; then kill "$CLIENT_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

start_app crash "$DB" "$PORT" "$DATA" $HEAP -Djava.io.tmpdir="$TMPD"
wait_ready crash "$PORT"
log "client: $COUNT submissions, $THREADS threads; SIGKILL after every $KILL_EVERY acknowledged ($KILLS times)"
( exec java -Xmx512m -cp "$REL_WORK/classes:$JDBC_JAR" CrashClient --port="$PORT" --run="$RUN" --count="$COUNT" \
  --threads="$THREADS" --ledger="$LEDGER" --progress="$PROGRESS" --give-up=900 ) > "$REL_WORK/crash-client.log" 2>&1 &
CLIENT_PID=$!
progress() { local p; p=$(cat "$PROGRESS" 2>/dev/null || true); echo "${p:-0}"; }
kills_done=0
for k in $(seq 1 "$KILLS"); do
  target=$((k * KILL_EVERY))
  while [ "$(progress)" -lt "$target" ] && kill -0 "$CLIENT_PID" 2>/dev/null; do sleep 0.2; done
  kill -0 "$CLIENT_PID" 2>/dev/null || break
  sleep "0.$((RANDOM % 10))"   # somewhere inside the next submissions
  kill9_app crash
  kills_done=$((kills_done + 1))
  echo "kill $k after $(progress) acknowledged" >> "$REL_WORK/crash-kills.txt"
  sleep 1
  start_app crash "$DB" "$PORT" "$DATA" $HEAP -Djava.io.tmpdir="$TMPD"
  wait_ready crash "$PORT"
done
wait "$CLIENT_PID"; CLIENT_PID=""
cat "$REL_WORK/crash-client.log"
# let the job executor settle, then stop gracefully so nothing is in flight while we look
sleep 3
stop_app crash
# a restarted node's orphan sweep (normally every 6 h, for files older than an hour) runs at once and without
# grace: no upload is in flight any more
start_app crash "$DB" "$PORT" "$DATA" $HEAP -Djava.io.tmpdir="$TMPD" \
  -Dgreenwhistle.evidence.orphan-sweep.grace=PT0S -Dgreenwhistle.evidence.orphan-sweep.initial-delay=PT1S
wait_ready crash "$PORT"
sleep 5
stop_app crash
{
  echo "# Crash test $STAMP"
  echo "COUNT=$COUNT THREADS=$THREADS SIGKILLs=$kills_done (every $KILL_EVERY acknowledged), heap $HEAP"
  echo
  tail -1 "$REL_WORK/crash-client.log"
  echo
} > "$OUT"
set +e
tool CrashCheck --ledger="$LEDGER" --db="$DB" --evidence-dir="$DATA/evidence" --tmp-dir="$TMPD" --out="$OUT"
status=$?
set -e
log "report: $OUT (exit $status)"
exit $status
