#!/usr/bin/env bash
# Runs the whole Schaalsprong suite on this machine without containers: a real PostgreSQL and Kafka, and the
# three services and the KLP dashboard (DASHBOARD_PORT, 8080) as separate processes, loaded with the CBS buurten.
# Needs only Java 17.
# Ctrl-C stops everything it started. Ports: LESSONS_PORT (8081), TYPOLOGY_PORT (8082),
# VERIFICATION_PORT (8083), SCHAALSPRONG_PG_PORT (54329), SCHAALSPRONG_KAFKA_PORT (59092),
# SCHAALSPRONG_KAFKA_CONTROLLER_PORT (59093). SCHAALSPRONG_PG_URL uses an existing PostgreSQL instead.
# Data (PostgreSQL, the Kafka log) is kept in .local-stack/ from one run to the next; `run.sh --fresh` (or
# SCHAALSPRONG_FRESH=true) starts empty; SCHAALSPRONG_STATE_DIR puts the state elsewhere. A second run.sh on the
# same state while one runs or is still stopping refuses at once. `run.sh --except typology-service` starts all but
# that service, for `./mvnw -am -pl typology-service quarkus:dev` to take its place.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

# --except <service> (repeatable, or a comma list; or SCHAALSPRONG_EXCEPT) leaves a service out, to run it in Quarkus
# dev mode in its place (README, "Develop one service live"). Names are checked here too, so a typo costs no build.
services="typology-service lessons-service verification-service klp-dashboard"
usage="usage: $0 [--fresh] [--except <service>[,<service>...]]... where a service is one of: $services"
check_services() {
  local IFS=,
  for name in $1; do
    case " $services " in
      *" $name "*) ;;
      *) echo "no service '$name' in the suite" >&2; echo "$usage" >&2; exit 2 ;;
    esac
  done
}
[ -z "${SCHAALSPRONG_EXCEPT:-}" ] || check_services "$SCHAALSPRONG_EXCEPT"
expect_service=0
for arg in "$@"; do
  if [ "$expect_service" = 1 ]; then check_services "$arg"; expect_service=0; continue; fi
  case "$arg" in
    --fresh) ;;
    --except) expect_service=1 ;;
    --except=*) check_services "${arg#--except=}" ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
if [ "$expect_service" = 1 ]; then echo "--except needs a service" >&2; echo "$usage" >&2; exit 2; fi

# Refuse before building: a build would replace the jars under a running suite. flock(1) guards this script;
# the launcher takes its own OS lock on the same file (StateLock) and writes who holds it. The descriptor is
# inherited by the launcher through exec, so this lock lasts until the launcher has stopped everything.
state="${SCHAALSPRONG_STATE_DIR:-.local-stack}"
mkdir -p "$state"
lock="$state/suite.lock"
if command -v flock > /dev/null; then
  exec 9>> "$lock"
  if ! flock -n 9; then
    echo "Schaalsprong already runs (or is still stopping) on the state in $state:" \
         "$(cat "$lock" 2> /dev/null || true)" >&2
    echo "Stop it first (Ctrl-C where it runs, or kill its pid); nothing was started or changed." >&2
    exit 3
  fi
  printf 'pid %s: run.sh, building before it starts\n' "$$" > "$lock"
fi

launcher="deploy/local/launcher/target"
# Build when a packaged service is missing or any source or pom is newer than the launcher's build.
needs_build() {
  for app in typology-service lessons-service verification-service klp-dashboard; do
    [ -f "$app/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  [ -d "$launcher/lib" ] || return 0
  [ -n "$(find platform deploy/local/stack deploy/local/launcher/src ./*-service klp-dashboard -newer "$launcher/lib" \
          \( -path '*/target' -prune -o -name '*.java' -print -o -name '*.properties' -print -o -name '*.sql' -print \
             -o -name 'pom.xml' -print -o -name '*.csv' -print -o -name '*.html' -print -o -name '*.js' -print -o -name '*.css' -print \) 2>/dev/null | head -n 1)" ]
}
if [ "${SKIP_BUILD:-}" != "1" ] && needs_build; then
  echo "Building the suite (./mvnw package -DskipTests) ..."
  ./mvnw -B -q -DskipTests package
  touch "$launcher/lib"
fi

exec java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=error -Dschaalsprong.root="$root" \
  -cp "$launcher/classes:$launcher/lib/*" nl.schaalsprong.local.run.Run "$@"
