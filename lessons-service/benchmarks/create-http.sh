#!/usr/bin/env bash
# Sustained creation of lessons over HTTP (POST /api/v1/lessons) against the running local suite
# (deploy/local/run.sh), with wrk on the same machine. Each request records a complete lesson (the demo lesson of
# the run banner: it passes the quality gate) whose origin buurt typology-service checks, with its first history
# version and its search document, all in one transaction.
# Usage: lessons-service/benchmarks/create-http.sh   (CONNECTIONS=8 THREADS=2 DURATION=60s WARMUP=10s)
# SUITE=running TOKEN=... uses a suite already up (the token is a contributor token from the run banner).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. deploy/local/bench-suite.sh
command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
out="lessons-service/target/bench-create"
mkdir -p "$out"

if [ "${SUITE:-}" != "running" ]; then
  start_suite "$out"
  TOKEN="$(sed -n 's/^  TOKEN=//p' "$out/run.log")"
fi

# The demo lesson's body, as the banner prints it (one line).
body="$(sed -n "s/^     -d '\(.*\)' | sed .*/\1/p" "${SUITE_LOG:-$out/run.log}" 2> /dev/null || true)"
[ -n "$body" ] || { echo "could not read the demo lesson from the run log" >&2; exit 1; }
cat > "$out/create.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer ${TOKEN}"
wrk.body = [[${body}]]
LUA
url="http://localhost:${LESSONS_PORT:-8081}/api/v1/lessons"
echo "warm-up ${WARMUP:-10s} ..."
wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-8}" -d"${WARMUP:-10s}" -s "$out/create.lua" "$url" > /dev/null
wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-8}" -d"${DURATION:-60s}" --latency -s "$out/create.lua" "$url" \
  | tee "$out/create.txt"
