#!/usr/bin/env bash
# Issue #8 part 3: the hostile-input corpus against the packaged app at -Xmx512m on MariaDB (database gw_hostile).
#
#   reliability/hostile.sh                 full run: 10,000 items (COUNT), seed 20261129 (SEED), 3 client threads
#   COUNT=1000 reliability/hostile.sh      a short run
#   ONLY=12,345 reliability/hostile.sh     replays single items (indexes from a report)
#
# Knobs: COUNT SEED THREADS HEAP (default -Xmx512m) PORT (18181) DB (gw_hostile) SKIP_HEAVY=1 SKIP_BUILD=1 KEEP_APP=1
# Result: reliability/results/hostile-<stamp>.md; exit 1 on any 5xx, unclear rejection, disallowed file accepted,
# OOM, orphan file, report without process or incident.
source "$(dirname "$0")/lib.sh"

COUNT=${COUNT:-10000}; SEED=${SEED:-20261129}; THREADS=${THREADS:-3}; HEAP=${HEAP:--Xmx512m}
PORT=${PORT:-18181}; DB=${DB:-gw_hostile}
DATA=$REL_WORK/hostile-data; TMPD=$REL_WORK/hostile-tmp
RESULTS=${RESULTS:-$REL_ROOT/reliability/results}; mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

build_app
build_tools
fresh_db "$DB"
rm -rf "$DATA" "$TMPD"; mkdir -p "$DATA" "$TMPD"
: > "$REL_WORK/app-hostile.log"
trap '[ "${KEEP_APP:-0}" = 1 ] || stop_app hostile' EXIT
start_app hostile "$DB" "$PORT" "$DATA" $HEAP -Djava.io.tmpdir="$TMPD"
wait_ready hostile "$PORT"

args=(--port="$PORT" --seed="$SEED" --threads="$THREADS" --db="$DB" --evidence-dir="$DATA/evidence" --tmp-dir="$TMPD"
      --app-log="$REL_WORK/app-hostile.log" --out="$RESULTS/hostile-$STAMP.md")
if [ -n "${ONLY:-}" ]; then args+=(--only="$ONLY"); else args+=(--count="$COUNT"); fi
[ "${SKIP_HEAVY:-0}" = 1 ] && args+=(--skip-heavy)
log "sending the corpus (${ONLY:-$COUNT items}) to port $PORT"
set +e
TOOL_HEAP=-Xmx1200m tool HostileRun "${args[@]}"
status=$?
set -e
log "report: $RESULTS/hostile-$STAMP.md (exit $status)"
exit $status
