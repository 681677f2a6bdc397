#!/usr/bin/env bash
# JMH: in-memory comparable search vs the same ranking as one SQL statement in PostgreSQL, side by side in one run.
# Usage: typology-service/benchmarks/comparable-search.sh [BenchmarkRegex] [JMH args]
#   typology-service/benchmarks/comparable-search.sh WarmteEnWonenSearchBenchmark   # session 5: warmte-en-wonen
#   typology-service/benchmarks/comparable-search.sh ComparableSearchBenchmark -p copies=1
# Builds with -am in the reactor (platform and the local stack from their target/classes; nothing is installed
# into ~/.m2, which other builds share), offline unless ONLINE=1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -B -q $([ -z "${ONLINE:-}" ] && echo -o) -pl typology-service -am test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="typology-service/target/test-classes:typology-service/target/classes:$(cat typology-service/target/bench-classpath.txt)"
benchmark=WarmteEnWonenSearchBenchmark
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  benchmark="$1"
  shift
fi
exec java -cp "$cp" org.openjdk.jmh.Main "$benchmark" \
  -rf json -rff "typology-service/target/jmh-${benchmark}.json" "$@"
