#!/usr/bin/env bash
# Start time and resident memory of each service, started alone on the shipped JVM settings against the local
# stack. Usage: deploy/local/benchmark-startup.sh [rounds]   (after ./mvnw package -DskipTests)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
launcher="$root/deploy/local/launcher/target"
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=error -Dschaalsprong.root="$root" ${BENCH_JVM_OPTIONS:+"-Dschaalsprong.bench.jvm-options=$BENCH_JVM_OPTIONS"} \
  ${BENCH_SERVICES:+"-Dschaalsprong.bench.services=$BENCH_SERVICES"} \
  -cp "$launcher/classes:$launcher/lib/*" nl.schaalsprong.local.run.StartupBenchmark "${1:-3}"
