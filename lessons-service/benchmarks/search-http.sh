#!/usr/bin/env bash
# Load test of GET /api/v1/lessons (faceted full-text search) over HTTP against the running local suite
# (deploy/local/run.sh) with 100,000 synthetic lessons in lesson_search, with wrk on the same machine, rotating
# over a mix of searches: text only, text + facets, facets only, sort by evidence, later pages, and the bare
# listing (no text, no filter: the widest facet counting).
# Usage: lessons-service/benchmarks/search-http.sh   (LESSONS=100000 CONNECTIONS=4 THREADS=2 DURATION=30s WARMUP=10s)
# SUITE=running skips starting the suite (use one already up on LESSONS_PORT / SCHAALSPRONG_PG_PORT).
# LESSONS=0 loads no synthetic corpus: searches the lessons already there (deploy/local/benchmarks/seed-tenth.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. deploy/local/bench-suite.sh
command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
out="lessons-service/target/bench-search"
mkdir -p "$out"

if [ "${SUITE:-}" != "running" ]; then
  start_suite "$out"
fi

if [ "${LESSONS:-100000}" != "0" ]; then
  jdbc="$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -n 1)"
  java -cp "$jdbc" lessons-service/benchmarks/LessonCorpus.java \
    "jdbc:postgresql://localhost:${SCHAALSPRONG_PG_PORT:-54329}/lessons" "${LESSONS:-100000}" | tee "$out/load.txt"
fi

# The mix: every combination below once, in a fixed shuffled order.
words=(warmtepompen keukentafelgesprekken gebiedsfonds isolatie warmtenet "deelname bewoners" subsidie
  corporatie vertrouwen aquathermie "lagere kosten" buurtteam)
facets=("" "theme=participatie" "theme=financiering&theme=techniek" "route=REPLICATIE" "layer=MENU"
  "evidence=REPLICATED&evidence=ESTABLISHED" "gemeente=GM0363" "tag=participatie/keukentafelgesprekken"
  "theme=techniek&route=GROEI&layer=GENERIEK" "status=DRAFT&status=IN_REVIEW")
urls=()
for f in "${facets[@]}"; do
  urls+=("/api/v1/lessons?${f}")
  urls+=("/api/v1/lessons?sort=evidence&${f}")
  urls+=("/api/v1/lessons?page=3&${f}")
  for w in "${words[@]}"; do
    urls+=("/api/v1/lessons?q=${w// /%20}&${f}")
  done
done
printf '%s\n' "${urls[@]}" | awk 'BEGIN{srand(7)} {print rand() "\t" $0}' | sort -k1,1 | cut -f2- \
  | sed 's/.*/"&",/' > "$out/urls.txt"
wrk_rotation "$out" search "http://localhost:${LESSONS_PORT:-8081}"
