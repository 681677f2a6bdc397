#!/usr/bin/env bash
# Load test of GET /api/v1/advice over HTTP against a running local suite (SUITE=running is the only mode: seed it
# first, e.g. deploy/local/benchmarks/seed-tenth.sh), with wrk on the same machine, rotating over buurten, their
# wijken and gemeenten spread over the national CBS file (every 461st buurt), pages 0 and 1 of 20.
# Usage: verification-service/benchmarks/advice-http.sh   (VERIFICATION_PORT, CONNECTIONS=4 THREADS=2 DURATION=30s WARMUP=10s)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. deploy/local/bench-suite.sh
out="verification-service/target/bench-advice"
mkdir -p "$out"
awk -F, 'NR > 1 && NR % 461 == 0 { b = $1; gsub(/"/, "", b);
  print "\"/api/v1/advice?area=" b "\",";
  print "\"/api/v1/advice?area=WK" substr(b, 3, 6) "&page=1\",";
  print "\"/api/v1/advice?area=GM" substr(b, 3, 4) "\"," }' \
  typology-service/src/main/resources/cbs/cbs_kwb2024_buurten_nl_demografie.csv > "$out/urls.txt"
wrk_rotation "$out" advice "http://localhost:${VERIFICATION_PORT:-8083}"
