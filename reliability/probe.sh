#!/usr/bin/env bash
# The attacker probe (developers' guide: "probe your change from outside as an attacker would"): the packaged app on
# MariaDB with the demo users, attacked from outside by a stranger with a tracking code, an officer of another
# region and a database thief. Every step prints PASS, FAIL or INFO with what was seen; exit 1 on any FAIL.
#
#   nice -n 19 reliability/probe.sh
#   APP_JAR=/path/to/frontend.jar PORT=18381 DB=gw_probe reliability/probe.sh
#
# Knobs: APP_JAR (default: the jar the README's production build makes; this script never builds), PORT (18381),
# READY_TIMEOUT (1200 s), DB (gw_probe, dropped and made anew), KEEP_APP=1 (leave the app running), SKIP_BROWSER=1
# (no headless Chromium: the receipt image is then not tried). Work files and the app log: $REL_WORK (/tmp/gw-probe).
# What it tries and what it saw: docs/security.md, "Attacker probe (reliability/probe.sh)".
# One block, read whole before it runs: editing the file during a run cannot change the run.
{
export REL_WORK=${REL_WORK:-/tmp/gw-probe}
source "$(dirname "$0")/lib.sh"
set +e  # every check reports for itself

PORT=${PORT:-18381}; DB=${DB:-gw_probe}; B=http://127.0.0.1:$PORT
# production settings (lib.sh's app_env) plus the demo users; not the bench profile, whose raised limits would hide
# the wrong-key limit
export PROFILES=${PROFILES:-mysql,demo}
W=$REL_WORK/probe; DATA=$W/data; LOGF=$REL_WORK/app-probe.log
UTIL="python3 $REL_ROOT/reliability/probe_util.py"
FAILS=0

pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; FAILS=$((FAILS + 1)); }
info() { printf 'INFO  %s\n' "$*"; }
check() { if [ "$1" = 0 ]; then pass "$2"; else fail "$2"; fi; }
# the first N bytes of FILE as text on one line (a cut UTF-8 character dropped, so the output stays valid UTF-8)
snip() { python3 -c 'import sys; print(open(sys.argv[1], "rb").read()[:int(sys.argv[2])].decode("utf-8", "ignore").replace("\n", " "), end="")' "$1" "$2"; }
needles_in() { # needles_in FILE NEEDLE...: prints the needles found in FILE
  local f=$1; shift
  for n in "$@"; do [ -n "$n" ] && grep -qF -- "$n" "$f" && printf '%s ' "$n"; done
}

[ -f "$APP_JAR" ] || { log "no jar at $APP_JAR (set APP_JAR)"; exit 2; }
rm -rf "$W"; mkdir -p "$W" "$DATA"
fresh_db "$DB"
: > "$LOGF"
trap '[ "${KEEP_APP:-0}" = 1 ] || stop_app probe' EXIT
# its temporary files (multipart parts) inside the data directory, which the thief's part searches
mkdir -p "$DATA/tmp"
start_app probe "$DB" "$PORT" "$DATA" -Xmx768m -Djava.io.tmpdir="$DATA/tmp"
# a busy machine (a niced start while benchmarks run) may take well over lib.sh's five minutes
wait_ready probe "$PORT" "${READY_TIMEOUT:-1200}" || exit 2
info "jar $APP_JAR ($(stat -c %y "$APP_JAR" | cut -c1-16)), profiles $PROFILES, database $DB, port $PORT"

# ---------------------------------------------------------------- the report the attackers are after
NAME="探针举报人乙"; IDNO=$($UTIL idnumber 51031119880517003); PHONE="13987654321"; EMAIL="probe-reporter@example.net"
TARGET="探针电镀厂"; DESC_WORD="电镀废液夜间经暗管排入釜溪河"; ADDRESS="沿滩区探针路 77 号"
VICTIM_IP=203.0.113.10; ATTACKER_IP=198.51.100.66; OTHER_IP=198.51.100.77
cat > "$W/report.json" <<EOF
{"categories":["HAZARDOUS_WASTE"],"targetName":"$TARGET","regionCode":"510311","address":"$ADDRESS",
 "observedAt":"2026-11-21T10:00:00+08:00","ongoing":false,"description":"探针测试：${DESC_WORD}，河面泛白。",
 "anonymous":false,"reporter":{"name":"$NAME","idNumber":"$IDNO","phone":"$PHONE","email":"$EMAIL"},
 "wantsReward":true,"notExcludedPerson":true}
EOF
cat > "$W/other.json" <<'EOF'
{"categories":["NOISE"],"targetName":"某搅拌站","regionCode":"510311","address":"沿滩区某路 1 号",
 "observedAt":"2026-11-22T22:00:00+08:00","ongoing":true,"description":"搅拌站夜间施工噪声很大，持续到凌晨。",
 "anonymous":true,"wantsReward":false}
EOF
java "$REL_ROOT/reliability/ProbeJpeg.java" "$W/noise.jpg" && $UTIL jpeg "$W/noise.jpg" "$W/photo.jpg"

# the citizen's own client (a phone app) submits, with a retry key as mini-programs do
IDEM=probe-$(date +%s)
curl -sS -D "$W/submit.h" -o "$W/submit.json" -H 'Accept-Encoding: gzip, deflate, br' -H "X-Forwarded-For: $VICTIM_IP" \
  -H "Idempotency-Key: $IDEM" -F "report=@$W/report.json;type=application/json" \
  -F "evidence=@$W/photo.jpg;type=image/jpeg" "$B/api/v1/reports"
CODE=$($UTIL field trackingCode < "$W/submit.json"); KEY=$($UTIL field accessKey < "$W/submit.json")
if [ -z "$CODE" ] || [ -z "$KEY" ]; then
  fail "real-name submission: no receipt ($(head -1 "$W/submit.h"); $(snip "$W/submit.json" 300))"; exit 1
fi
pass "a real-name report with a GPS-tagged JPEG was submitted through POST /api/v1/reports: $CODE"
curl -sS -o "$W/other-submit.json" -H "X-Forwarded-For: $OTHER_IP" -F "report=@$W/other.json;type=application/json" \
  "$B/api/v1/reports"
OCODE=$($UTIL field trackingCode < "$W/other-submit.json"); OKEY=$($UTIL field accessKey < "$W/other-submit.json")
[ -n "$OKEY" ] || fail "second (anonymous) report: no receipt ($(snip "$W/other-submit.json" 300))"
DCODE=$(python3 -c "import sys; c=sys.argv[1]; print('GW-'+c[2:7]+'-'+c[7:])" "$CODE")
DKEY=$(python3 -c "import sys; k=sys.argv[1]; print('-'.join(k[i:i+5] for i in range(0,len(k),5)))" "$KEY")
UNKNOWN=GW$(python3 -c "import secrets; print(''.join(secrets.choice('0123456789ABCDEFGHJKMNPQRSTVWXYZ') for _ in range(10)))")
# what must never reach a stranger (the report's content included)
REPORT_NEEDLES=("$NAME" "$IDNO" "$PHONE" "$EMAIL" "$TARGET" "$DESC_WORD" "探针路" "$KEY" "$DKEY")
IDENTITY_NEEDLES=("$NAME" "$IDNO" "$PHONE" "$EMAIL" "$KEY" "$DKEY")

echo "== 1. A stranger with the tracking code $CODE"
hdr() { grep -i "^$2:" "$1" | head -1 | tr -d '\r' | cut -d' ' -f2-; }
enc=$(hdr "$W/submit.h" Content-Encoding)
if [ -z "$enc" ] || [ "$enc" = identity ]; then
  pass "the receipt answer is not compressed although the client accepts gzip/br (Content-Encoding: ${enc:-none})"
else fail "the receipt answer is compressed (Content-Encoding: $enc): BREACH"; fi
missing=""
for h in 'X-Content-Type-Options:nosniff' 'X-Frame-Options:DENY' "Content-Security-Policy:default-src 'none'" \
         'Cache-Control:no-store'; do
  hdr "$W/submit.h" "${h%%:*}" | grep -qiF -- "${h#*:}" || missing="$missing ${h%%:*}"
done
check "$([ -z "$missing" ]; echo $?)" "the receipt answer carries nosniff, DENY framing, CSP default-src 'none', no-store${missing:+ (missing:$missing)}"

# someone who learnt the citizen's Idempotency-Key (mini-programs use timestamps) sends another report with it
sed 's/电镀废液/探针别的内容/' "$W/report.json" > "$W/changed.json"
st=$(curl -sS -o "$W/idem.body" -w '%{http_code}' -H "X-Forwarded-For: $ATTACKER_IP" -H "Idempotency-Key: $IDEM" \
  -F "report=@$W/changed.json;type=application/json" "$B/api/v1/reports")
found=$(needles_in "$W/idem.body" "$CODE" "$KEY" "$NAME" "$IDNO" "$PHONE" "$EMAIL")
check "$([ "$st" = 422 ] && [ -z "$found" ]; echo $?)" \
  "another request with the citizen's Idempotency-Key: $st, $(snip "$W/idem.body" 120)${found:+ — FOUND: $found}"
# what production serves anyone: health only, no API console, no other actuator endpoint. In the packaged app these
# paths fall through to the portal (Vaadin's page for an unknown route, or the login redirect), so the check is on
# what the body is, not on the status alone
for p in /actuator/env /actuator/heapdump /actuator/configprops /actuator/loggers /actuator/mappings /v3/api-docs \
         /v3/api-docs/swagger-config /swagger-ui.html /swagger-ui/index.html; do
  st=$(curl -sS -D "$W/surface.h" -o "$W/surface.body" -w '%{http_code}' "$B$p"); ct=$(hdr "$W/surface.h" Content-Type)
  served=$(grep -aoiE '"openapi"|swagger-ui-bundle|SwaggerUIBundle|"propertySources"|"contexts"|"levels"|"configUrl"' "$W/surface.body" | head -1)
  case "$ct" in application/octet-stream*|application/vnd.spring-boot*) served="$served $ct";; esac
  check "$([ -z "$served" ]; echo $?)" "anonymous GET $p: $st ${ct:-}, $( [ "$st" = 302 ] && echo "to $(hdr "$W/surface.h" Location)" || echo "not the endpoint")${served:+ — SERVED: $served}"
done
# the right key works (control), from the reporter's own client
st=$(curl -sS -o "$W/own.json" -w '%{http_code}' -H "X-Access-Key: $KEY" -H "X-Forwarded-For: $VICTIM_IP" "$B/api/v1/reports/$CODE")
check "$([ "$st" = 200 ] && grep -qF "$TARGET" "$W/own.json"; echo $?)" "control: the right key opens the report ($st)"
found=$(needles_in "$W/own.json" "$NAME" "$IDNO" "$PHONE" "$EMAIL" "$KEY")
check "$([ -z "$found" ]; echo $?)" "the reporter's own follow-up answer echoes neither the identity nor the key${found:+ (found: $found)}"

# a stranger from one client: no key, a wrong key, another report's valid key, then wrong keys until past the limit;
# every attempt is sent for the existing code and for an unknown one, and the two answers must be byte-identical
# (status, headers but Date, body); the count is per client and code
probe_get() { # probe_get NAME CODE [KEY] [IP]: status to stdout, body to $W/NAME.body, headers to $W/NAME.h
  local args=(-sS -D "$W/$1.h" -o "$W/$1.body" -w '%{http_code}' -H 'Accept-Encoding: gzip' -H "X-Forwarded-For: ${4:-$ATTACKER_IP}")
  [ -n "${3:-}" ] && args+=(-H "X-Access-Key: $3")
  curl "${args[@]}" "$B/api/v1/reports/$2"
}
answer() { grep -viE '^date:' "$W/$1.h"; cat "$W/$1.body"; }
statuses=""; differ=0; leaked=""; first429=0; n=0
for k in "" WRONGKEYWRONGKEYWRONGKEY00 "$OKEY" $(seq -f 'WRONGKEY%02g' 4 13); do
  n=$((n + 1))
  st1=$(probe_get w1 "$CODE" "$k"); st2=$(probe_get w2 "$UNKNOWN" "$k")
  if [ "$st1" != "$st2" ] || [ "$(answer w1)" != "$(answer w2)" ]; then
    differ=$((differ + 1)); info "attempt $n: the existing code answers $st1, the unknown code $st2, differently:"
    diff <(answer w1) <(answer w2) | head -8
  fi
  leaked="$leaked$(needles_in "$W/w1.body" "${REPORT_NEEDLES[@]}" "$CODE" "$DCODE")"
  [ "$st1" = 429 ] && [ "$first429" = 0 ] && first429=$n
  case $n in 1) label="no key";; 2) label="a wrong key";; 3) label="the other report's key";; *) label="wrong key $n";; esac
  [ "$n" -le 3 ] && check "$([ "$st1" = 404 ]; echo $?)" "GET /api/v1/reports/$CODE with $label: $st1, $(snip "$W/w1.body" 150)"
  statuses="$statuses $st1"
done
check "$([ -z "$leaked" ]; echo $?)" "none of the $n refused answers holds anything of the report or its code${leaked:+ (FOUND: $leaked)}"
check $differ "a wrong key on $CODE and the same key on the unknown code $UNKNOWN answered byte-identically at all $n attempts, before and after the limit"
check "$([ "$first429" = 11 ]; echo $?)" \
  "the first 10 wrong attempts (no key, wrong key, other report's key counted alike) answer 404, the 11th 429 (statuses:$statuses)"
cp "$W/w1.body" "$W/limit.body"
info "the 429 answer: $(snip "$W/limit.body" 200)"
st=$(probe_get right "$CODE" "$KEY"); st_other=$(probe_get right2 "$CODE" "$DKEY" "$VICTIM_IP")
check "$([ "$st" = 200 ] && [ "$st_other" = 200 ]; echo $?)" \
  "the right key still works after the limit: from the locked-out client $st, from the reporter's client (grouped form) $st_other"
enc=$(hdr "$W/right.h" Content-Encoding)
check "$([ -z "$enc" ] || [ "$enc" = identity ]; echo $?)" "the follow-up answer with the report is not compressed although asked for gzip (Content-Encoding: ${enc:-none})"
# the other routes that take a key refuse a wrong one the same way
for r in "GET rewards" "POST messages" "POST withdraw" "POST appeal" "POST rewards/1/claim"; do
  m=${r%% *}; p=${r#* }; body=()
  [ "$m" = POST ] && body=(-H 'Content-Type: application/json' --data '{"text":"probe","reason":"probe"}')
  st=$(curl -sS -o "$W/r.body" -w '%{http_code}' -X "$m" -H "X-Forwarded-For: $OTHER_IP" -H 'X-Access-Key: WRONG' \
    "${body[@]}" "$B/api/v1/reports/$CODE/$p")
  found=$(needles_in "$W/r.body" "${REPORT_NEEDLES[@]}")
  check "$([ "$st" = 404 ] && [ -z "$found" ]; echo $?)" "$m /api/v1/reports/$CODE/$p with a wrong key: $st${found:+ (FOUND: $found)}"
done
st=$(curl -sS -o /dev/null -w '%{http_code}' -H "X-Access-Key: $KEY" "$B/api/v1/reports/$CODE")
check "$([ "$st" = 200 ]; echo $?)" "control: the report was neither withdrawn nor changed by the wrong-key calls ($st)"

# the follow-up page with only the code: the bootstrap page, Vaadin's first answer and the rendered view
mkdir -p "$W/fu"
$UTIL vaadin "$B" follow-up "code=$CODE" "$W/fu" > "$W/fu/links.txt"
found=$(needles_in "$W/fu/page.txt" "${REPORT_NEEDLES[@]}" "已提交" "待受理")
check "$([ -s "$W/fu/page.txt" ] && grep -q 'follow-up-key' "$W/fu/page.txt" && [ -z "$found" ]; echo $?)" \
  "/follow-up?code=$CODE (page, init and rendered view, $(wc -c < "$W/fu/page.txt") bytes): asks for the key, shows nothing of the report${found:+ (FOUND: $found)}"

# session-bound downloads (the receipt image, evidence, CSV are Vaadin DownloadHandlers under VAADIN/dynamic/resource):
# a link taken from one session is refused without it (the links below are intake's, from the case page)
mkdir -p "$W/intake"
$UTIL vaadin "$B" "staff/case/$CODE" "" "$W/intake" intake intake > "$W/intake/links.txt"
n_links=$(wc -l < "$W/intake/links.txt"); bad=$(awk '$3 != 200 || $4 == 200' "$W/intake/links.txt" | wc -l)
check "$([ "$n_links" -gt 0 ] && [ "$bad" = 0 ]; echo $?)" \
  "session-bound downloads: $n_links evidence link(s) of intake's case page answer 200 in its session and $(awk '{print $4}' "$W/intake/links.txt" | sort -u | tr '\n' ' ')without it"
# the receipt image itself: a report filed through the form in headless Chromium, then its picture's address fetched
# with the submitting session (control), without a session and with another session
if [ "${SKIP_BROWSER:-0}" = 1 ]; then info "receipt image: skipped (SKIP_BROWSER=1)"; else
  mkdir -p "$W/browser"
  line=$(timeout 900 $UTIL receipt "$B" "$W/browser" 2>"$W/browser/err.txt" | grep '^RECEIPT ')
  if [ -n "$line" ]; then
    read -r _ rcode rurl rcookie <<< "$line"
    st=$(curl -sS -D "$W/rimg.h" -o "$W/rimg.png" -w '%{http_code}' -H "Cookie: $rcookie" "$rurl")
    check "$([ "$st" = 200 ] && [ "$(head -c4 "$W/rimg.png" | tail -c3)" = PNG ] && hdr "$W/rimg.h" Cache-Control | grep -q no-store; echo $?)" \
      "control: the receipt image of $rcode (${rurl#$B}) answers $st, a PNG, $(hdr "$W/rimg.h" Cache-Control), in the submitting session"
    st=$(curl -sS -o "$W/rimg-none.body" -w '%{http_code}' "$rurl")
    rm -f "$W/other-session"; curl -sS -c "$W/other-session" -o /dev/null "$B/follow-up"
    st2=$(curl -sS -b "$W/other-session" -o "$W/rimg-other.body" -w '%{http_code}' "$rurl")
    check "$([ "$st" != 200 ] && [ "$st2" != 200 ] && ! grep -q PNG "$W/rimg-none.body" "$W/rimg-other.body"; echo $?)" \
      "the receipt image's address without a session answers $st, from another session $st2: $(snip "$W/rimg-none.body" 100)"
  else
    fail "receipt image: the report form could not be submitted in headless Chromium ($(tail -c 300 "$W/browser/err.txt"))"
  fi
fi

# ---------------------------------------------------------------- 2. officers of another region
echo "== 2. Officers of another region (Chongqing: cq-intake, cq-leader, investigator2, cq-finance)"
basic() { # basic NAME USER PATH [curl args]: status to stdout
  local name=$1 user=$2 path=$3; shift 3
  curl -sS -D "$W/$name.h" -o "$W/$name.body" -w '%{http_code}' -u "$user:$user" "$@" "$B$path"
}
for user in cq-intake cq-leader investigator2 cq-finance; do
  for p in "/api/v1/cases/$CODE" "/api/v1/cases/$CODE/history" "/api/v1/cases?q=$CODE" "/api/v1/cases?q=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$TARGET")" \
           "/api/v1/cases?limit=200" "/api/v1/tasks?limit=200" "/api/v1/tasks?q=$CODE" "/api/v1/admin/audit/report-$CODE" \
           "/engine-rest/task" "/engine-rest/process-instance" "/engine-rest/variable-instance" \
           "/engine-rest/history/variable-instance" "/engine-rest/history/process-instance"; do
    st=$(basic x "$user" "$p")
    found=$(needles_in "$W/x.body" "${REPORT_NEEDLES[@]}" "$CODE" "$DCODE")
    case "$st" in 401|403|404) ok=0;; 200) ok=0;; *) ok=1;; esac
    [ -n "$found" ] && ok=1
    check $ok "$user GET $p: $st, $(snip "$W/x.body" 90)${found:+ — FOUND: $found}"
  done
done
# their hands on the case's task: claim it and read its variables
st=$(basic t intake "/api/v1/tasks?q=$CODE"); TASK=$($UTIL first-task "$CODE" < "$W/t.body")
if [ -n "$TASK" ]; then
  for user in cq-intake cq-leader; do
    st=$(basic x "$user" "/api/v1/tasks/$TASK/claim" -X POST)
    check "$([ "$st" = 404 ] || [ "$st" = 403 ]; echo $?)" "$user POST /api/v1/tasks/$TASK/claim (the case's intake task): $st"
    for p in "/engine-rest/task/$TASK/variables" "/engine-rest/task/$TASK/form-variables"; do
      st=$(basic x "$user" "$p"); found=$(needles_in "$W/x.body" "${REPORT_NEEDLES[@]}")
      check "$([ "$st" = 403 ] && [ -z "$found" ]; echo $?)" "$user GET $p: $st${found:+ — FOUND: $found}"
    done
  done
else fail "control: intake's task list has no task of $CODE ($st, $(snip "$W/t.body" 200))"; fi
# control: the case's own region sees it, the reporter masked
for user in intake investigator leader admin; do
  st=$(basic own "$user" "/api/v1/cases/$CODE"); found=$(needles_in "$W/own.body" "${IDENTITY_NEEDLES[@]}")
  check "$([ "$st" = 200 ] && grep -qF "$TARGET" "$W/own.body" && [ -z "$found" ]; echo $?)" \
    "control: $user ($( [ $user = admin ] && echo 'all regions' || echo "the case's region")) GET /api/v1/cases/$CODE: $st with the case, the reporter's identity not in plain${found:+ — FOUND: $found}"
done
# the browser side: the case page, the case search and its CSV export, the engine's web apps, after a form login
for user in cq-intake cq-leader investigator2; do
  mkdir -p "$W/ui-$user-case" "$W/ui-$user-search"
  $UTIL vaadin "$B" "staff/case/$CODE" "" "$W/ui-$user-case" "$user" "$user" > "$W/ui-$user-case/links.txt"
  found=$(needles_in "$W/ui-$user-case/page.txt" "${REPORT_NEEDLES[@]}")
  check "$([ -s "$W/ui-$user-case/page.txt" ] && [ -z "$found" ] && [ ! -s "$W/ui-$user-case/links.txt" ]; echo $?)" \
    "$user opens /staff/case/$CODE: nothing of the report, no download link ($(grep -o '未找到[^"]*' "$W/ui-$user-case/page.txt" | head -1))${found:+ — FOUND: $found}"
  $UTIL vaadin "$B" "staff/search" "" "$W/ui-$user-search" "$user" "$user" > "$W/ui-$user-search/links.txt"
  found=""; rows=0
  for f in "$W/ui-$user-search"/page.txt "$W/ui-$user-search"/link-*.with; do
    [ -f "$f" ] && found="$found$(needles_in "$f" "${REPORT_NEEDLES[@]}" "$CODE" "$DCODE")"
  done
  csv=$(ls "$W/ui-$user-search"/link-*.with 2>/dev/null | head -1)
  [ -n "$csv" ] && rows=$(($(wc -l < "$csv") - 1))
  check "$([ -z "$found" ]; echo $?)" \
    "$user /staff/search and its CSV export ($rows rows of their own region): nothing of $CODE${found:+ — FOUND: $found}"
done
rm -f "$W/cj"
curl -sS -c "$W/cj" -b "$W/cj" -o "$W/login.html" "$B/login"
csrf=$(grep -o 'name="_csrf" content="[^"]*"' "$W/login.html" | sed 's/.*content="//;s/"$//')
curl -sS -c "$W/cj" -b "$W/cj" -o /dev/null --data-urlencode username=cq-leader --data-urlencode password=cq-leader \
  --data-urlencode "_csrf=$csrf" "$B/login"
for p in /operaton/app/ /operaton/app/cockpit/default/ /operaton/api/engine/engine/default/task \
         /operaton/api/engine/engine/default/process-instance /operaton/api/engine/engine/default/variable-instance; do
  st=$(curl -sS -b "$W/cj" -o "$W/x.body" -w '%{http_code}' "$B$p"); found=$(needles_in "$W/x.body" "${REPORT_NEEDLES[@]}")
  check "$([ "$st" = 403 ] && [ -z "$found" ]; echo $?)" "cq-leader (form login) GET $p: $st${found:+ — FOUND: $found}"
done

# ---------------------------------------------------------------- 3. the database thief
echo "== 3. A database thief (dump of $DB, the evidence store, the app log)"
dump=$W/dump.sql
mariadb-dump -h127.0.0.1 -P3306 -uroot --default-character-set=utf8mb4 --single-transaction --skip-extended-insert \
  "$DB" > "$dump" 2>"$W/dump.err" || fail "mariadb-dump failed: $(head -3 "$W/dump.err")"
info "dump: $(wc -c < "$dump") bytes, $(grep -c '^INSERT' "$dump") rows"
for n in "$NAME" "$IDNO" "$PHONE" "$EMAIL" "$KEY" "$DKEY" "$VICTIM_IP" "$ATTACKER_IP"; do
  c=$(grep -cF -- "$n" "$dump")
  where=$(grep -F -- "$n" "$dump" | sed -n 's/^INSERT INTO `\([^`]*\)`.*/\1/p' | sort -u | tr '\n' ' ')
  check "$([ "$c" = 0 ]; echo $?)" "the dump holds no '$n' in plain text${where:+ (FOUND in $c rows of: $where)}"
done
for n in "$TARGET" "$DESC_WORD" "探针路"; do
  tables=$(grep -F -- "$n" "$dump" | sed -n 's/^INSERT INTO `\([^`]*\)`.*/\1/p' | sort | uniq -c | tr -s ' ' | tr '\n' ',')
  info "plain by design (docs/security.md: the report's content is not encrypted, only the reporter): '$n' in ${tables:-no table}"
done
# nor hex-encoded, as a dump may write binary columns
for n in "$NAME" "$PHONE" "$EMAIL"; do
  hex=$(printf '%s' "$n" | od -An -tx1 | tr -d ' \n'); c=$(grep -ciF -- "$hex" "$dump")
  check "$([ "$c" = 0 ]; echo $?)" "nor as hex (e.g. in a blob): '$n'"
done

ev=$DATA/evidence; files=$(find "$ev" -type f 2>/dev/null | sort)
n_files=$(echo "$files" | grep -c .)
check "$([ "$n_files" -ge 1 ]; echo $?)" "the evidence store holds $n_files file(s)"
bad_magic=0; leaking=0
for f in $files; do
  [ "$(head -c4 "$f")" = GWE1 ] || { bad_magic=$((bad_magic + 1)); info "no GWE1 magic: $f ($(head -c4 "$f" | od -An -c))"; }
  for up in "$W/photo.jpg" "$W/noise.jpg"; do
    off=$($UTIL windows "$up" "$f") || { leaking=$((leaking + 1)); info "$f holds the 32 bytes at $off of $(basename "$up")"; }
  done
done
check $bad_magic "every stored evidence file starts with the GWE1 magic"
check $leaking "no stored file holds any 32-byte window of the uploaded photo"
# control: the same check finds the photo in the copy intake downloaded (decrypted, metadata kept for a real-name report)
ctl=1; for f in "$W"/intake/link-*.with; do $UTIL windows "$W/photo.jpg" "$f" >/dev/null || ctl=0; done
check $ctl "control: the window check does find the photo in intake's decrypted download"
for n in "$NAME" "$IDNO" "$PHONE" "$EMAIL"; do
  c=$(grep -rlF -- "$n" "$DATA" 2>/dev/null | wc -l)
  check "$([ "$c" = 0 ]; echo $?)" "no file of the data directory holds '$n'"
done

found=$(needles_in "$LOGF" "$NAME" "$IDNO" "$PHONE" "$EMAIL" "$KEY" "$DKEY" "$OKEY")
check "$([ -z "$found" ]; echo $?)" "the app log ($(wc -l < "$LOGF") lines) holds none of the reporter's data nor the access keys${found:+ (FOUND: $found)}"
found=$(needles_in "$LOGF" "$TARGET" "$DESC_WORD" "$VICTIM_IP" "$ATTACKER_IP" "$CODE")
[ -n "$found" ] && info "the app log names: $found" || info "the app log names neither the target, the description, the clients' addresses nor the tracking code"

echo "== $FAILS failure(s); work files and app log under $REL_WORK"
[ "$FAILS" = 0 ]; exit
}
