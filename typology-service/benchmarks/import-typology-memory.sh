#!/usr/bin/env bash
# Import time of each shipped energy file, a k = 12 typology on the default basis, and typology-service's resident
# memory, on the local suite (deploy/local/run.sh --fresh in a state directory of its own), through the API only;
# once per JVM variant, side by side in one run (VARIANTS, default "session-9 shipped"):
#   session-9  the options before session 10: the serial collector, heap kept committed, glibc's default arenas
#              (SCHAALSPRONG_JVM_OPTIONS appended last, MALLOC_ARENA_MAX=16, glibc's default on 2 cores);
#   shipped    what the launcher gives typology-service now (JvmProfile.TYPOLOGY_MEMORY_OPTIONS, MALLOC_ARENA_MAX=2,
#              and since session 16 C2 alone, JvmProfile.TYPOLOGY_JIT_OPTIONS);
#   c1         the same with tiered C1 only, as the quick-start profile ran typology-service until session 16;
#   no-release the same without the full collection when the last running job ends (session 17,
#              schaalsprong.typology.jobs.release-heap=false), leaving the heap to G1's idle timer as before;
#   throughput the same with C2 (SCHAALSPRONG_JVM_PROFILE=throughput, as the container images run).
# For each variant:
#   1. the start-up imports: run.sh registers every buurt and imports the national CBS file and both energy files;
#      each job's own time (createdAt to finishedAt, as the service records it) is read back from /api/v1/imports;
#   2. each energy file once more, timed by this client from POST until the job has SUCCEEDED, under a year nothing
#      holds yet (2099), so every value is written anew as in a first import;
#   3. POST /api/v1/typologies {k: 12, basis: default}, timed until the run is a DRAFT;
#   4. comparable search over HTTP with wrk (WARMUP 10s, DURATION 20s, 8 connections; comparable-load.sh);
#   5. VmRSS and VmHWM (peak) of the typology-service process after each step, and after IDLE seconds (60) with no
#      request, which is what the 300 MB target is about: the service at rest with its data loaded.
# Usage: typology-service/benchmarks/import-typology-memory.sh   (ports as deploy/local/run.sh reads them)
# Every variant starts as the first start after a build (the class archive of ServiceProcess.classDataSharing is
# removed before it), as session 9 measured: otherwise a variant would map the archive its predecessor wrote.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. deploy/local/bench-suite.sh
. typology-service/benchmarks/comparable-load.sh
command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
base="typology-service/target/bench-import"
port="${TYPOLOGY_PORT:-8082}"
url="http://localhost:$port"
idle="${IDLE:-60}"
session9="-XX:-UseG1GC -XX:+UseSerialGC -XX:MinHeapFreeRatio=40 -XX:MaxHeapFreeRatio=70 -Xms32m"

now() { date +%s.%N; }
rss() {
  echo "$1: $(grep -E 'VmRSS|VmHWM' "/proc/$pid/status" | tr -s ' \t' ' ' | paste -sd' ' -) (load average $(cut -d' ' -f1-3 /proc/loadavg))"
}
# A Location as the service writes it (absolute, http://host:port/api/...) or a path, as a URL to ask.
absolute() {
  case "$1" in
    http://* | https://*) echo "$1" ;;
    *) echo "$url$1" ;;
  esac
}
# The field $2 of the JSON answer at $1, or nothing when the answer is empty or not JSON (a poll during a restart
# of the connection, a proxy's error page): the caller asks again.
field() {
  curl -s "${auth[@]}" "$(absolute "$1")" | python3 -c '
import json, sys
try:
    print(json.load(sys.stdin).get(sys.argv[1], ""))
except (ValueError, AttributeError):
    print("")' "$2" || true
}
# Polls a Location until its status is $2; prints the seconds since $3. Gives up after 10 minutes.
await() {
  local status deadline=$(($(date +%s) + 600))
  [ -n "$1" ] || { echo "the POST answered without a Location" >&2; exit 1; }
  while true; do
    status=$(field "$1" status)
    [ "$status" = "$2" ] && break
    case "$status" in
      RUNNING | "") ;;
      *) echo "$1 ended $status" >&2; curl -s "${auth[@]}" "$(absolute "$1")" >&2; exit 1 ;;
    esac
    [ "$(date +%s)" -lt "$deadline" ] || { echo "$1 not $2 within 10 minutes (last: '$status')" >&2; exit 1; }
    sleep 0.05
  done
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$3" "$(now)"
}
rest() {
  sleep "$idle"
  rss "  after $idle s idle"
}

measure() {
  local out="$base/$1" spec body begin location took
  mkdir -p "$out"
  rm -f typology-service/target/quarkus-app/schaalsprong-classes.jsa
  echo "=== variant $1: SCHAALSPRONG_JVM_OPTIONS='${SCHAALSPRONG_JVM_OPTIONS:-}' MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}"
  start_suite "$out"
  token=$(grep -o 'STEWARD=[^ ]*' "$out/run.log" | head -n 1 | cut -d= -f2)
  auth=(-H "Authorization: Bearer $token")
  pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
  echo "typology-service pid $pid: $(tr '\0' ' ' < "/proc/$pid/cmdline" | grep -o -- '-X[^ ]*' | paste -sd' ' -)"
  echo "  environment: $(tr '\0' '\n' < "/proc/$pid/environ" | grep '^MALLOC_ARENA_MAX=' || echo 'MALLOC_ARENA_MAX unset')"
  grep -o 'started in [0-9.]*s' "${SCHAALSPRONG_STATE_DIR:-.local-stack/benchmark}/logs/typology-service.log" 2> /dev/null | head -n 1 | sed 's/^/  quarkus /' || true
  rss "after start-up (national file, every buurt, both energy files, basis, k = 8 typology)"
  rest

  echo "start-up import jobs, as the service timed them:"
  curl -s "${auth[@]}" "$url/api/v1/imports?size=20" | python3 -c '
import json, sys
from datetime import datetime
for job in reversed(json.load(sys.stdin)["items"]):
    took = datetime.fromisoformat(job["finishedAt"]) - datetime.fromisoformat(job["createdAt"])
    print("  %-30s year %s  rows %6s  %6.2f s" % (job["source"], job["year"], job["rowsRead"], took.total_seconds()))'

  for spec in typology-service/src/main/resources/energie/*.import.json; do
    body="$out/$(basename "$spec" .import.json).body.json"
    python3 - "$spec" "$body" <<'PY'
import json, pathlib, sys
spec = json.loads(pathlib.Path(sys.argv[1]).read_text())
request = spec["request"]
request["csv"] = (pathlib.Path(sys.argv[1]).parent / spec["file"]).read_text(encoding="utf-8")
pathlib.Path(sys.argv[2]).write_text(json.dumps(request))
PY
    begin=$(now)
    location=$(curl -s -D - -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' --data-binary "@$body" \
      "$url/api/v1/imports/mapped?year=2099" | grep -i '^location:' | tr -d '\r' | cut -d' ' -f2 || true)
    took=$(await "$location" SUCCEEDED "$begin") # on its own line, so that a failed poll stops the script
    echo "import $(basename "$spec" .import.json) as a first import (year 2099), POST to SUCCEEDED: $took s"
    rss "  after it"
  done

  begin=$(now)
  location=$(curl -s -D - -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' \
    -d '{"k": 12, "seed": 42, "basis": "default"}' "$url/api/v1/typologies" | grep -i '^location:' | tr -d '\r' | cut -d' ' -f2 || true)
  took=$(await "$location" DRAFT "$begin")
  echo "typology k = 12 on the default basis, POST to DRAFT: $took s"
  rss "after the k = 12 typology"
  rest

  comparable_codes "$url"
  DURATION="${DURATION:-20s}" comparable_wrk "$url" "limit=10" "$out"
  rss "after the search load"
  rest
  echo "heap releases (full collections as the last running job ended): $(curl -s "$url/q/metrics" \
    | grep '^schaalsprong_typology_heap_releases_total' | cut -d' ' -f2 || true)"

  kill -TERM "$suite" 2> /dev/null || true
  wait "$suite" 2> /dev/null || true
  trap - EXIT
}

for variant in ${VARIANTS:-session-9 shipped}; do
  case "$variant" in
    session-9) (export SCHAALSPRONG_JVM_OPTIONS="$session9" MALLOC_ARENA_MAX=16; measure "$variant") ;;
    shipped) (measure "$variant") ;;
    c1) (export SCHAALSPRONG_JVM_OPTIONS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1"; measure "$variant") ;;
    no-release) (export SCHAALSPRONG_TYPOLOGY_JOBS_RELEASE_HEAP=false; measure "$variant") ;;
    throughput) (export SCHAALSPRONG_JVM_PROFILE=throughput; measure "$variant") ;;
    *) echo "unknown variant '$variant': session-9, shipped, c1 or throughput" >&2; exit 2 ;;
  esac
done
