#!/usr/bin/env bash
# Benchmark of verification-service on the running local suite (deploy/local/run.sh): LessonTagged records on
# Kafka at RATES tags/s (default "20 100") for SECONDS each (default 60), measuring tag -> suggestions stored
# latency and the consumer group's lag (benchmarks/TagLoad.java), after a warm-up phase (reported first) in the same
# JVM. Starts the suite itself unless SUITE=running.
# Usage: verification-service/benchmarks/tag-load.sh
#   (RATES="20 100" SECONDS_PER_RATE=60 WARMUP_RATE=50 WARMUP_SECONDS=180 SCHAALSPRONG_JVM_PROFILE=throughput SUITE=running)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. deploy/local/bench-suite.sh
out="verification-service/target/bench-tags"
mkdir -p "$out"

if [ "${SUITE:-}" != "running" ]; then
  # C2, as the container images run: sustained load is measured after its warm-up (deploy/local JvmProfile).
  export SCHAALSPRONG_JVM_PROFILE="${SCHAALSPRONG_JVM_PROFILE:-throughput}"
  start_suite "$out"
fi

cp="deploy/local/launcher/target/lib/*"
export KAFKA="localhost:${SCHAALSPRONG_KAFKA_PORT:-59092}"
export JDBC="jdbc:postgresql://localhost:${SCHAALSPRONG_PG_PORT:-54329}/verification"
# The warm-up first (JIT, connection pools), then each rate, in one JVM: a generator started afresh per rate spent its
# own start on the suite's two cores as the measured phase began. The warm-up lasts three minutes because that is how
# long C2 compiled under load: verification-service's compiler threads took a third of a core for the first 2.5
# minutes, lessons-service's a tenth (per-thread CPU, session 21), and a 90-s warm-up left that work to the first
# measured minute. At half the rate, because at the full rate the compiling suite fell minutes behind, and the backlog
# it then worked off grew the tables the measured runs meet. Its figures are reported too: they are the cold start.
phases=("${WARMUP_RATE:-50}:${WARMUP_SECONDS:-180}")
for rate in ${RATES:-20 100}; do
  phases+=("$rate:${SECONDS_PER_RATE:-60}")
done
java -cp "$cp" verification-service/benchmarks/TagLoad.java "${phases[@]}" | tee "$out/tags.txt"
