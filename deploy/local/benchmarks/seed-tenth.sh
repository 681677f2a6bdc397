#!/usr/bin/env bash
# Seeds a running local suite (deploy/local/run.sh --fresh, after its first load) with a tenth of the design point:
# 1,000 proeftuinen, 100,000 lessons, 1,000,000 verifications (10 per lesson), set-based in SQL (SeedScale.java),
# then prints the storage per table (StorageReport.java). The full design point: PROEFTUINEN=10000 LESSONS=1000000.
# Usage: deploy/local/benchmarks/seed-tenth.sh   (SCHAALSPRONG_PG_PORT, PROEFTUINEN, LESSONS, PER_LESSON)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
out="deploy/local/target/scale"
mkdir -p "$out"
jdbc="$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -n 1)"
port="${SCHAALSPRONG_PG_PORT:-54329}"
java -cp "$jdbc" deploy/local/benchmarks/SeedScale.java "$port" "${PROEFTUINEN:-1000}" "${LESSONS:-100000}" \
  "${PER_LESSON:-10}" | tee "$out/seed.txt"
java -cp "$jdbc" deploy/local/benchmarks/StorageReport.java "$port" | tee "$out/storage.md"
