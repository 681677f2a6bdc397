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

# wrk_rotation DIR NAME URL: wrk against URL over the paths in DIR/urls.txt (each quoted and ending in a comma), one
# after another in a loop: a warm-up of WARMUP (10s), then DURATION (30s) measured into DIR/wrk.txt, with THREADS (2)
# threads and CONNECTIONS (4) connections. The Lua script is written to DIR/NAME.lua.
wrk_rotation() {
  local out="$1" name="$2" url="$3"
  command -v wrk > /dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
  cat > "$out/$name.lua" <<LUA
local urls = {
$(cat "$out/urls.txt")
}
local i = 0
request = function()
  i = i % #urls + 1
  return wrk.format("GET", urls[i])
end
LUA
  echo "$(wc -l < "$out/urls.txt") distinct requests; warm-up ${WARMUP:-10s} ..."
  wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-4}" -d"${WARMUP:-10s}" -s "$out/$name.lua" "$url" > /dev/null
  wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-4}" -d"${DURATION:-30s}" --latency -s "$out/$name.lua" "$url" \
    | tee "$out/wrk.txt"
}
