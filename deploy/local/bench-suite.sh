# Sourced by the benchmark scripts (typology-service/benchmarks, lessons-service/benchmarks,
# verification-service/benchmarks), from the repository root: starts the local suite the way a user does.
#
# start_suite DIR: runs deploy/local/run.sh in the background with its output in DIR/run.log, stops it (and every
# process it started) when the calling script exits, and returns once the suite says it is up. Benchmarks start
# empty (--fresh), in a state directory of their own, so they measure the same thing every time and never touch
# the data a user keeps in .local-stack/.
start_suite() {
  local out="$1"
  SCHAALSPRONG_STATE_DIR="${SCHAALSPRONG_STATE_DIR:-.local-stack/benchmark}" deploy/local/run.sh --fresh \
    > "$out/run.log" 2>&1 &
  suite=$!
  trap 'kill -TERM "$suite" 2> /dev/null; wait "$suite" 2> /dev/null || true' EXIT
  for _ in $(seq 1 300); do
    grep -q "Press Ctrl-C" "$out/run.log" && return 0
    kill -0 "$suite" 2> /dev/null || { cat "$out/run.log"; exit 1; }
    sleep 1
  done
  echo "the suite did not come up" >&2
  exit 1
}
