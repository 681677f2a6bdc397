#!/usr/bin/env bash
# Load test of GET /api/v1/neighbourhoods/{code}/comparable?limit=10 over HTTP against the running local suite
# (deploy/local/run.sh, fresh, so on its default basis warmte-en-wonen with the energy files loaded), with wrk on the
# same machine, rotating over 500 real buurt codes that the service answers for (a buurt lacking the basis' data gets
# a 422 and is not a fair request to time; the codes are probed once before the run).
# Usage: typology-service/benchmarks/comparable-http.sh   (CONNECTIONS=8 THREADS=2 DURATION=30s WARMUP=10s)
# QUERIES="limit=10 limit=10&explain=true" measures each query string in turn against the same running suite.
# The suite's ports can be moved with the variables deploy/local/run.sh reads (TYPOLOGY_PORT, ...), and its JIT with
# SCHAALSPRONG_JVM_PROFILE. Output: typology-service/target/bench-http/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. deploy/local/bench-suite.sh
command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
out="typology-service/target/bench-http"
mkdir -p "$out"

start_suite "$out"
url="http://localhost:${TYPOLOGY_PORT:-8082}"

# 500 buurt codes spread over the national file that the default basis answers for.
answered=()
for code in $(tail -n +2 typology-service/src/main/resources/cbs/cbs_kwb2024_buurten_nl_demografie.csv | cut -d, -f1 \
    | awk 'NR % 21 == 0'); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v1/neighbourhoods/$code/comparable?limit=1")" = 200 ] \
    && answered+=("\"$code\"")
  [ "${#answered[@]}" -ge 500 ] && break
done
echo "${#answered[@]} buurt codes answer 200 on the default basis"
codes=$(IFS=,; echo "${answered[*]}")
for query in ${QUERIES:-limit=10}; do
  name="${query//[^a-z0-9]/-}"
  cat > "$out/comparable-$name.lua" <<LUA
local codes = {${codes}}
local i = 0
request = function()
  i = i % #codes + 1
  return wrk.format("GET", "/api/v1/neighbourhoods/" .. codes[i] .. "/comparable?${query}")
end
LUA
  echo "GET .../comparable?${query}: warm-up ${WARMUP:-10s} ..."
  wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-8}" -d"${WARMUP:-10s}" -s "$out/comparable-$name.lua" "$url" > /dev/null
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-8}" -d"${DURATION:-30s}" --latency -s "$out/comparable-$name.lua" "$url" \
    | tee "$out/wrk-$name.txt"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
