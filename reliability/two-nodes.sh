#!/usr/bin/env bash
# Issue #8 part 2: two app nodes (ports 18381/18382) on one MariaDB database (gw_twonode) and one evidence directory
# run the job executor together. N reports are submitted through both nodes; then their intake-reminder timers fall
# due at once (due date set to now: "the days have passed") and both nodes race for the jobs. Node A is killed with
# SIGKILL while the reminders run; node B must finish everything, including the jobs A held locked, once A's locks
# expire. Checks: each reminder ran exactly once (audit entry and job log), none left, no incident, each confirmation
# mail captured once; prints who ran what and how long after the kill the taken-over jobs finished.
#
#   reliability/two-nodes.sh                 full run: 600 reports, lock time 20 s
#   COUNT=120 reliability/two-nodes.sh       a short run
#
# Knobs: COUNT LOCK_MS (20000) MAX_WAIT_MS (5000: node B's longest idle wait of job acquisition) KILL_AFTER (node A is
#   killed once it has run this many reminders, 10) HEAP (-Xmx768m) DB SKIP_BUILD=1
source "$(dirname "$0")/lib.sh"

COUNT=${COUNT:-600}; LOCK_MS=${LOCK_MS:-20000}; MAX_WAIT_MS=${MAX_WAIT_MS:-5000}; HEAP=${HEAP:--Xmx768m}
DB=${DB:-gw_twonode}; PORT_A=${PORT_A:-18381}; PORT_B=${PORT_B:-18382}; DATA=$REL_WORK/twonode-data
RESULTS=${RESULTS:-$REL_ROOT/reliability/results}; mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ); OUT=$RESULTS/two-nodes-$STAMP.md

build_app
build_tools
fresh_db "$DB"
rm -rf "$DATA"; mkdir -p "$DATA"; : > "$REL_WORK/app-nodeA.log"; : > "$REL_WORK/app-nodeB.log"
trap 'stop_app nodeA; stop_app nodeB' EXIT
# node_opts HOSTNAME MAX_WAIT MAX_JOBS_PER_ACQUISITION
node_opts() {
  echo "$HEAP -Dcamunda.bpm.job-execution.lock-time-in-millis=$LOCK_MS -Dcamunda.bpm.job-execution.max-wait=$2" \
    "-Dcamunda.bpm.job-execution.max-jobs-per-acquisition=$3 -Dcamunda.bpm.generic-properties.properties.hostname=$1"
}
# A first: it runs the migrations; then B. A wakes up sooner and locks bigger batches, so that it holds jobs when
# it is killed; B, the survivor, runs with the documented acquisition settings.
start_app nodeA "$DB" "$PORT_A" "$DATA" $(node_opts node-a 1000 30)
wait_ready nodeA "$PORT_A"
start_app nodeB "$DB" "$PORT_B" "$DATA" $(node_opts node-b "$MAX_WAIT_MS" 3)
wait_ready nodeB "$PORT_B"

log "submitting $COUNT reports through both nodes"
tool TwoNodeCheck submit --db="$DB" --count="$COUNT" --ports="$PORT_A,$PORT_B" | tee "$REL_WORK/two-nodes-submit.txt"
sleep 2
log "fast-forward: $(tool TwoNodeCheck fast-forward --db="$DB") intake-reminder timers due now"
# polled with the mysql client: a JVM start per poll is too slow for the moment of the kill
reminders() { sql -N "$DB" -e "SELECT COUNT(*) FROM audit_entry WHERE action = 'DEADLINE_REMINDER'"; }
locks() { sql -N "$DB" -e "SELECT j.LOCK_OWNER_, j.ID_ FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_
  WHERE d.ACT_ID_ = 'intakeReminder' AND j.LOCK_OWNER_ IS NOT NULL" | tr '\t' ' '; }
ran_on_a() { sql -N "$DB" -e "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE HOSTNAME_ = 'node-a' AND JOB_STATE_ = 2"; }
target=${KILL_AFTER:-10}
t0=$SECONDS
while [ "$(ran_on_a)" -lt "$target" ] && [ $((SECONDS - t0)) -lt 120 ]; do sleep 0.05; done
kill9_app nodeA
kill_at=$(date +%s%3N)
locks > "$REL_WORK/locks-1.txt"
log "killed node A after $(reminders) of $COUNT reminders; $(wc -l < "$REL_WORK/locks-1.txt") reminder jobs locked"
sleep 4
locks > "$REL_WORK/locks-2.txt"
# the killed node's lock owner: its jobs are still locked 4 s later (B's own finish in milliseconds)
owner=$(comm -12 <(sort "$REL_WORK/locks-1.txt") <(sort "$REL_WORK/locks-2.txt") | awk '{print $1}' | sort | uniq -c | sort -rn | awk 'NR==1{print $2}')
orphaned=$(awk -v o="$owner" '$1==o{print $2}' "$REL_WORK/locks-1.txt" | paste -sd, -)
log "node A's lock owner: ${owner:-none}; jobs it held: $(echo "$orphaned" | tr ',' '\n' | grep -c . || true)"
deadline=$((SECONDS + (LOCK_MS + MAX_WAIT_MS) / 1000 + 90))
while [ "$(reminders)" -lt "$COUNT" ] && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
log "node B done after $(( $(date +%s) - kill_at / 1000 )) s since the kill"
sleep 6   # let B's mail dispatcher (5 s poll) deliver the last confirmation mails
{
  echo "# Two nodes $STAMP"
  echo "COUNT=$COUNT lock time ${LOCK_MS} ms, acquisition max wait ${MAX_WAIT_MS} ms, heap $HEAP per node; node A (acquisition: max wait 1 s, 30 jobs per acquisition) killed (SIGKILL) once it had run $target reminders"
  tail -1 "$REL_WORK/two-nodes-submit.txt"
  echo
} > "$OUT"
set +e
tool TwoNodeCheck check --db="$DB" --kill-at="$kill_at" --orphaned-jobs="$orphaned" --lock-ms="$LOCK_MS" \
  --max-wait-ms="$MAX_WAIT_MS" --out="$OUT"
status=$?
set -e
log "report: $OUT (exit $status)"
exit $status
