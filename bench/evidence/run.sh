#!/usr/bin/env bash
# Issue #23: CPU per file of the evidence encryption (EvidenceCipherCost.java), with the app's own classes and Tink
# from the production jar (build it first: ./mvnw -B -Pproduction -Dmaven.test.skip=true package -pl frontend -am).
#   bench/evidence/run.sh [file size in bytes, default 101000] [rounds, default 3000]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP_JAR=${APP_JAR:-$ROOT/frontend/target/frontend-0.1.0-SNAPSHOT.jar}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
cp=""
for lib in backend tink protobuf-java; do
  unzip -p "$APP_JAR" "$(unzip -Z1 "$APP_JAR" | grep -m1 "^BOOT-INF/lib/$lib-[0-9].*\.jar$")" > "$WORK/$lib.jar"
  cp=$cp${cp:+:}$WORK/$lib.jar
done
java -Xmx256m -cp "$cp" "$ROOT/bench/evidence/EvidenceCipherCost.java" "$@"
