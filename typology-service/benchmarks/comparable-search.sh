#!/usr/bin/env bash
# JMH: in-memory comparable search vs the same ranking as one SQL statement in PostgreSQL, side by side in one
# run, over the national buurten file and 10x synthetic copies. Usage: typology-service/benchmarks/comparable-search.sh [JMH args]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# SKIP_INSTALL=1 uses the platform and stack already in ~/.m2 (when other builds share it) and builds offline.
if [ -z "${SKIP_INSTALL:-}" ]; then
  ./mvnw -B -q install -N
  ./mvnw -B -q install -pl platform,deploy/local/stack -DskipTests
fi
./mvnw -B -q ${SKIP_INSTALL:+-o} test-compile dependency:build-classpath -pl typology-service \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="typology-service/target/test-classes:typology-service/target/classes:$(cat typology-service/target/bench-classpath.txt)"
exec java -cp "$cp" org.openjdk.jmh.Main ComparableSearchBenchmark \
  -rf json -rff typology-service/target/jmh-comparable-search.json "$@"
