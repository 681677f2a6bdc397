# Sourced by comparable-http.sh and import-typology-memory.sh: wrk against GET .../comparable on a running suite.
#
# comparable_codes URL: sets $codes to 500 real buurt codes, spread over the national file, that the default basis
#   answers with 200 (a buurt lacking the basis' data gets a 422 and is not a fair request to time).
# comparable_wrk URL QUERY OUT: a warm-up of WARMUP (10s), then DURATION (30s) with latency percentiles, THREADS (2)
#   and CONNECTIONS (8), rotating over $codes; wrk's report goes to stdout and OUT/wrk-<query>.txt.
comparable_codes() {
  local url="$1" code answered=()
  for code in $(tail -n +2 typology-service/src/main/resources/cbs/cbs_kwb2024_buurten_nl_demografie.csv | cut -d, -f1 \
      | awk 'NR % 21 == 0'); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v1/neighbourhoods/$code/comparable?limit=1")" = 200 ] \
      && answered+=("\"$code\"")
    [ "${#answered[@]}" -ge 500 ] && break
  done
  echo "${#answered[@]} buurt codes answer 200 on the default basis"
  codes=$(IFS=,; echo "${answered[*]}")
}

comparable_wrk() {
  local url="$1" query="$2" out="$3" name="${2//[^a-z0-9]/-}"
  cat > "$out/comparable-$name.lua" <<LUA
local codes = {${codes}}
local i = 0
request = function()
  i = i % #codes + 1
  return wrk.format("GET", "/api/v1/neighbourhoods/" .. codes[i] .. "/comparable?${query}")
end
LUA
  echo "GET .../comparable?${query}: warm-up ${WARMUP:-10s} ..."
  wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-8}" -d"${WARMUP:-10s}" -s "$out/comparable-$name.lua" "$url" > /dev/null
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-8}" -d"${DURATION:-30s}" --latency -s "$out/comparable-$name.lua" "$url" \
    | tee "$out/wrk-$name.txt"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
