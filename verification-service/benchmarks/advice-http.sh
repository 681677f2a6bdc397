#!/usr/bin/env bash
# Load test of GET /api/v1/advice over HTTP against a running local suite (SUITE=running is the only mode: seed it
# first, e.g. deploy/local/benchmarks/seed-tenth.sh), with wrk on the same machine, rotating over buurten, their
# wijken and gemeenten spread over the national CBS file (every 461st buurt), pages 0 and 1 of 20.
# Usage: verification-service/benchmarks/advice-http.sh   (VERIFICATION_PORT, CONNECTIONS=4 THREADS=2 DURATION=30s WARMUP=10s)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
out="verification-service/target/bench-advice"
mkdir -p "$out"
awk -F, 'NR > 1 && NR % 461 == 0 { b = $1; gsub(/"/, "", b);
  print "\"/api/v1/advice?area=" b "\",";
  print "\"/api/v1/advice?area=WK" substr(b, 3, 6) "&page=1\",";
  print "\"/api/v1/advice?area=GM" substr(b, 3, 4) "\"," }' \
  typology-service/src/main/resources/cbs/cbs_kwb2024_buurten_nl_demografie.csv > "$out/urls.txt"
cat > "$out/advice.lua" <<LUA
local urls = {
$(cat "$out/urls.txt")
}
local i = 0
request = function()
  i = i % #urls + 1
  return wrk.format("GET", urls[i])
end
LUA
echo "$(wc -l < "$out/urls.txt") distinct advice requests"
url="http://localhost:${VERIFICATION_PORT:-8083}"
wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-4}" -d"${WARMUP:-10s}" -s "$out/advice.lua" "$url" > /dev/null
wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-4}" -d"${DURATION:-30s}" --latency -s "$out/advice.lua" "$url" | tee "$out/wrk.txt"
