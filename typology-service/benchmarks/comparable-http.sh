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
. typology-service/benchmarks/comparable-load.sh
command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
out="typology-service/target/bench-http"
mkdir -p "$out"

start_suite "$out"
url="http://localhost:${TYPOLOGY_PORT:-8082}"

comparable_codes "$url"
for query in ${QUERIES:-limit=10}; do
  comparable_wrk "$url" "$query" "$out"
done
