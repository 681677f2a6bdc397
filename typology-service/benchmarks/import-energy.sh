#!/usr/bin/env bash
# Each shipped energy file's import, POST to SUCCEEDED, for two builds of typology-service side by side in one run
# (issue 10, "Importing each shipped energy file: under 5 s"). For each variant in VARIANTS (default "before after"):
# the suite (typology-service alone beside PostgreSQL and Kafka, deploy/local/run.sh --fresh) starts with that
# variant's typology-service, then ROUNDS times (3) each energy file is imported under a year nothing holds yet
# (2097, 2098, 2099 for three rounds: every value is written anew, as in a first import, and each year is later than
# any stored, so every value becomes its buurt's newest and changes what searches compare; until session 14 the years
# went down, 2099, 2098, ..., so from the second round on the newest stayed 2099's) and once more under the same year
# (nothing changes: the re-import), each timed by this client from POST until the job has SUCCEEDED; the service's own log
# line of each import's phases (rows, events, snapshot) is printed beside it, and the load average with every figure.
#   before  the typology-service/target/quarkus-app in BEFORE_APP (a copy of an earlier package);
#   after   the typology-service/target/quarkus-app packaged now (nice -n 5 ./mvnw -B -o -q -DskipTests package).
# The variant's app is copied into typology-service/target/quarkus-app while it runs; the packaged one is put back
# (at the end, or at the start of the next run if this one was stopped early).
# Usage: BEFORE_APP=/tmp/before-app typology-service/benchmarks/import-energy.sh   (ports as deploy/local/run.sh reads them)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. deploy/local/bench-suite.sh
base="typology-service/target/bench-import-energy"
app="typology-service/target/quarkus-app"
port="${TYPOLOGY_PORT:-8082}"
url="http://localhost:$port"
rounds="${ROUNDS:-3}"
state="${SCHAALSPRONG_STATE_DIR:-.local-stack/benchmark}"
export SKIP_BUILD=1 SCHAALSPRONG_EXCEPT="${SCHAALSPRONG_EXCEPT:-lessons-service,verification-service,klp-dashboard}"
[ -d "${BEFORE_APP:-}" ] || { echo "BEFORE_APP must name a packaged typology-service/target/quarkus-app" >&2; exit 2; }
# While another variant's app is in place, $base/swapped says so: a run that stopped early (start_suite's own exit
# trap replaces this script's) is put right by the next run before it copies the packaged app.
put_back() { rm -rf "$app" && cp -a "$base/after-app" "$app" && rm -f "$base/swapped"; }
mkdir -p "$base"
[ ! -f "$base/swapped" ] || put_back
rm -rf "$base/after-app" "$base/before" "$base/after" && cp -a "$app" "$base/after-app"
trap put_back EXIT

now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
status() {
  curl -s -H "Authorization: Bearer $token" "$1" | python3 -c '
import json, sys
try:
    print(json.load(sys.stdin).get("status", ""))
except ValueError:
    print("")' || true
}
# Imports the energy file $1 under year $2; prints the seconds from POST to SUCCEEDED and the service's phase line.
import_file() {
  local spec="$1" year="$2" body="$base/$(basename "$1" .import.json).body.json" begin location job took s
  [ -f "$body" ] || python3 - "$spec" "$body" <<'PY'
import json, pathlib, sys
spec = json.loads(pathlib.Path(sys.argv[1]).read_text())
request = spec["request"]
request["csv"] = (pathlib.Path(sys.argv[1]).parent / spec["file"]).read_text(encoding="utf-8")
pathlib.Path(sys.argv[2]).write_text(json.dumps(request))
PY
  begin=$(now)
  location=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary "@$body" "$url/api/v1/imports/mapped?year=$year" | grep -i '^location:' | tr -d '\r' | cut -d' ' -f2)
  case "$location" in http*) ;; *) location="$url$location" ;; esac
  while true; do
    s=$(status "$location")
    [ "$s" = SUCCEEDED ] && break
    case "$s" in RUNNING | "") sleep 0.05 ;; *) echo "$location ended $s" >&2; exit 1 ;; esac
  done
  took=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$begin" "$(now)")
  job="${location##*/}"
  printf '  %-45s year %s  %5s s  (%s; load average %s)\n' "$(basename "$spec" .import.json)" "$year" "$took" \
    "$(grep -o "import $job stored: [^\"]*" "$state/logs/typology-service.log" | sed 's/^import [^ ]* //')" "$(load)"
}

for variant in ${VARIANTS:-before after}; do
  case "$variant" in
    before) touch "$base/swapped" && rm -rf "$app" && cp -a "$BEFORE_APP" "$app" ;;
    after) put_back ;;
    *) echo "unknown variant '$variant': before or after" >&2; exit 2 ;;
  esac
  mkdir -p "$base/$variant"
  echo "=== $variant ($(date -u +%H:%M:%S) UTC, load average $(load))"
  start_suite "$base/$variant"
  trap 'kill -TERM "$suite" 2> /dev/null; wait "$suite" 2> /dev/null || true; put_back' EXIT
  token=$(grep -o 'STEWARD=[^ ]*' "$base/$variant/run.log" | head -n 1 | cut -d= -f2)
  echo "start-up imports (first import of their year), from the log:"
  grep -o 'import [^ ]* stored: [^"]*' "$state/logs/typology-service.log" | sed 's/^/  /'
  for round in $(seq 1 "$rounds"); do
    for spec in typology-service/src/main/resources/energie/*.import.json; do
      import_file "$spec" $((2099 - rounds + round))
      import_file "$spec" $((2099 - rounds + round))
    done
  done
  kill -TERM "$suite" 2> /dev/null || true
  wait "$suite" 2> /dev/null || true
  trap put_back EXIT
done
