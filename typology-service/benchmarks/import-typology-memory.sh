#!/usr/bin/env bash
# Import time of each shipped energy file, a k = 12 typology on the default basis, and typology-service's resident
# memory, on the local suite (deploy/local/run.sh --fresh in a state directory of its own), through the API only.
#   1. the start-up imports: run.sh registers every buurt and imports the national CBS file and both energy files;
#      each job's own time (createdAt to finishedAt, as the service records it) is read back from /api/v1/imports;
#   2. each energy file once more, timed by this client from POST until the job has SUCCEEDED, under a year nothing
#      holds yet (2099), so every value is written anew as in a first import;
#   3. POST /api/v1/typologies {k: 12, basis: default}, timed until the run is a DRAFT;
#   4. VmRSS and VmHWM (peak) of the typology-service process after each step, with its JVM options.
# Usage: typology-service/benchmarks/import-typology-memory.sh   (ports as deploy/local/run.sh reads them)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. deploy/local/bench-suite.sh
out="typology-service/target/bench-import"
mkdir -p "$out"
port="${TYPOLOGY_PORT:-8082}"
url="http://localhost:$port"

start_suite "$out"
token=$(grep -o 'STEWARD=[^ ]*' "$out/run.log" | head -n 1 | cut -d= -f2)
auth=(-H "Authorization: Bearer $token")
pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
now() { date +%s.%N; }
rss() {
  echo "$1: $(grep -E 'VmRSS|VmHWM' "/proc/$pid/status" | tr -s ' \t' ' ' | paste -sd' ' -) (load average $(cut -d' ' -f1-3 /proc/loadavg))"
}
# Polls a Location until its status is $2; prints the seconds since $3.
await() {
  local status
  while true; do
    status=$(curl -s "${auth[@]}" "$url$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    [ "$status" = "$2" ] && break
    [ "$status" = "RUNNING" ] || { echo "$1 ended $status" >&2; curl -s "${auth[@]}" "$url$1" >&2; exit 1; }
    sleep 0.05
  done
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$3" "$(now)"
}

echo "typology-service pid $pid: $(tr '\0' ' ' < "/proc/$pid/cmdline" | grep -o -- '-X[^ ]*' | paste -sd' ' -)"
rss "after start-up (national file, every buurt, both energy files, basis, k = 8 typology)"

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
    "$url/api/v1/imports/mapped?year=2099" | grep -i '^location:' | tr -d '\r' | cut -d' ' -f2)
  echo "import $(basename "$spec" .import.json) as a first import (year 2099), POST to SUCCEEDED: $(await "$location" SUCCEEDED "$begin") s"
  rss "  after it"
done

begin=$(now)
location=$(curl -s -D - -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"k": 12, "seed": 42, "basis": "default"}' "$url/api/v1/typologies" | grep -i '^location:' | tr -d '\r' | cut -d' ' -f2)
echo "typology k = 12 on the default basis, POST to DRAFT: $(await "$location" DRAFT "$begin") s"
rss "after the k = 12 typology"
