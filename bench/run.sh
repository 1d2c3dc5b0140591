#!/usr/bin/env bash
# The benchmark harness (issue 8). For each scale S: a synthetic graph (`geograph synth`, cached
# by scale, seed and generator), a timed `geograph import` into a fresh SQLite file, then the API
# (Release, Production, Warning logging) and the bench-only plain endpoint (bench/PlainEndpoint)
# on that file, driven with wrk through a fixed mix of queries (bench/mix.py). Writes
# bench/results.md: throughput and p50/p95/p99 per query, import rate, database size, the
# server's peak RSS, GraphQL ÷ plain, and the targets at the largest scale.
#
#   bench/run.sh [scales…]          default: 10 100 1000 (about 25 minutes on 2 cores)
#   bench/run.sh --smoke            S = 1, one second per query, results to a temporary file:
#                                   a functional check (CI), never a timing
#
# Environment: BENCH_DURATION (per query, default 10s), BENCH_WARMUP (15s: tiered JIT needs it to reach steady state), BENCH_CONNECTIONS (8),
# BENCH_THREADS (1), BENCH_SEED (1), BENCH_CACHE (synthetic bundles; default ~/.cache/geograph-bench),
# BENCH_RESULTS (default bench/results.md), BENCH_NOTE (a line for the results, e.g. the machine's load).
# Needs: the .NET SDK, wrk, curl, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

smoke=0
if [ "${1:-}" = "--smoke" ]; then
  smoke=1; shift
  scales=(1)
  duration=${BENCH_DURATION:-1s}; warmup=${BENCH_WARMUP:-0}
  results=${BENCH_RESULTS:-$(mktemp -d)/results.md}
else
  scales=("${@:-10 100 1000}"); scales=(${scales[*]})
  duration=${BENCH_DURATION:-10s}; warmup=${BENCH_WARMUP:-15s}
  results=${BENCH_RESULTS:-$here/results.md}
fi
connections=${BENCH_CONNECTIONS:-8}
threads=${BENCH_THREADS:-1}
seed=${BENCH_SEED:-1}
cache=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/geograph-bench}
api_port=${BENCH_API_PORT:-5481}
plain_port=${BENCH_PLAIN_PORT:-5482}
for tool in wrk curl python3 dotnet; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool on PATH (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
log() { printf '== %s\n' "$*" >&2; }

log "build (Release)"
dotnet build "$root/src/GeoGraph.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/src/GeoGraph.Api" -c Release -p:SkipPlaygroundAssets=true -v quiet -nologo >/dev/null
dotnet build "$here/PlainEndpoint" -c Release -v quiet -nologo >/dev/null
geograph="$root/src/GeoGraph.Cli/bin/Release/net10.0/geograph"
generator=$(git -C "$root" log -1 --format=%h -- src/GeoGraph.Core/Synthetic src/GeoGraph.Core/Vocabulary/relation-types.json 2>/dev/null || echo unknown)

wait_ready() {  # url pid
  for _ in $(seq 1 240); do
    curl -sf "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "the server exited before it was ready" >&2; return 1; }
    sleep 0.5
  done
  echo "the server was not ready in 120 s" >&2; return 1
}

measure() {  # scale name url requests-file server-pid
  # Throughput: $connections connections keep the server busy (its CPU per request is read from
  # /proc, so it holds even when other work shares the cores). Latency: one connection, so the
  # percentiles are the service time, not the queue that saturation builds in front of it.
  [ "$warmup" != "0" ] && BENCH_REQUESTS="$4" wrk -t"$threads" -c"$connections" --timeout 30s -d"$warmup" -s "$here/wrk.lua" "$3" >/dev/null
  local ticks0 ticks1 out line
  ticks0=$(awk '{print $14 + $15}' "/proc/$5/stat")
  out=$(BENCH_REQUESTS="$4" wrk -t"$threads" -c"$connections" --timeout 30s -d"$duration" -s "$here/wrk.lua" "$3")
  ticks1=$(awk '{print $14 + $15}' "/proc/$5/stat")
  line=$(grep '^RESULT' <<<"$out")
  # RESULT requests=… duration_us=… p50_us=… p95_us=… p99_us=… errors=… bytes=…
  eval "local ${line#RESULT }"
  local busy_requests=$requests busy_us=$duration_us busy_p99=$p99_us busy_errors=$errors busy_bytes=$bytes
  local cpu_ms; cpu_ms=$(python3 -c "print(($ticks1 - $ticks0) * 1000 / $(getconf CLK_TCK) / max($requests, 1))")
  out=$(BENCH_REQUESTS="$4" wrk -t1 -c1 --timeout 30s -d"$duration" -s "$here/wrk.lua" "$3")
  line=$(grep '^RESULT' <<<"$out")
  eval "local ${line#RESULT }"
  errors=$((errors + busy_errors))
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$busy_requests" "$(python3 -c "print($busy_us/1e6)")" "$p50_us" "$p95_us" "$p99_us" "$errors" \
    "$busy_p99" "$cpu_ms" "$(python3 -c "print(round($busy_bytes / max($busy_requests, 1)))")" >> "$work/measurements.tsv"
  printf '   %-24s %8.0f req/s  %6.2f ms CPU/req  one connection: p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  errors %s  %6.1f KB/answer\n' "$2" \
    "$(python3 -c "print($busy_requests/($busy_us/1e6))")" "$cpu_ms" "$(python3 -c "print($p50_us/1000)")" "$(python3 -c "print($p95_us/1000)")" \
    "$(python3 -c "print($p99_us/1000)")" "$errors" "$(python3 -c "print($busy_bytes / max($busy_requests, 1) / 1000)")" >&2
  if [ "$errors" != "0" ]; then echo "$2: $errors failed requests" >&2; failed=1; fi
}

# The results so far (rewritten after each scale, so a long run leaves what it measured).
write_results() {
  {
    echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, .NET $(dotnet --version), SQLite store. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Per query: wrk -t$threads -c$connections for $duration after a $warmup warm-up (throughput, the server's CPU per request, p99 under that load), then wrk -t1 -c1 for $duration (latency percentiles); wrk shares the cores with the server; seed $seed."
    if [ -n "${BENCH_NOTE:-}" ]; then echo; echo "$BENCH_NOTE"; fi
  } > "$work/header.md"
  python3 "$here/mix.py" report "$work/measurements.tsv" "$results" "$work/header.md"
  log "written: $results"
}

failed=0
: > "$work/measurements.tsv"
meta() { printf 'meta\t%s\t%s\t%s\n' "$1" "$2" "$3" >> "$work/measurements.tsv"; }

for S in "${scales[@]}"; do
  log "S = $S: synth"
  bundles="$cache/synth-s$S-seed$seed-$generator"
  if [ ! -f "$bundles/.complete" ]; then
    rm -rf "$bundles"; mkdir -p "$cache"
    "$geograph" synth --scale "$S" --seed "$seed" --out "$bundles" | tee "$bundles.summary" >&2
    mv "$bundles.summary" "$bundles/summary.txt"
    touch "$bundles/.complete"
  else
    echo "   cached: $bundles" >&2
  fi
  # "scale 10, seed 1: 1,201 nodes, 500 articles, 10,000 relations (473 retracted), 16,117 citations"
  read -r nodes articles relations citations < <(head -n 1 "$bundles/summary.txt" | tr -d ',' | grep -oE '[0-9]+' | tr '\n' ' ' |
    awk '{print $3, $4, $5, $7}')
  meta "$S" nodes "$nodes"; meta "$S" articles "$articles"; meta "$S" relations "$relations"; meta "$S" citations "$citations"

  log "S = $S: import"
  db="$work/s$S.db"
  start=$(date +%s.%N)
  # bash's time keyword: the import's user and system CPU seconds, without GNU time.
  TIMEFORMAT='%U %S'
  { time "$geograph" import --store "sqlite:$db" "$bundles" > "$work/import.log" 2>&1; } 2> "$work/import.cpu" \
    || { tail -n 20 "$work/import.log" >&2; exit 1; }
  import_s=$(python3 -c "print($(date +%s.%N) - $start)")
  tail -n 1 "$work/import.log" >&2
  meta "$S" import_s "$import_s"
  meta "$S" import_cpu_s "$(awk '{print $1 + $2}' "$work/import.cpu")"
  printf '   %.1f s, %.0f relations/s\n' "$import_s" "$(python3 -c "print($relations/$import_s)")" >&2

  log "S = $S: serve"
  # No seed: the benchmark serves the synthetic graph alone (whose facts may state a seed fact otherwise).
  Storage__Sqlite__Path="$db" Seed__OnStartup=false ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$root/src/GeoGraph.Api/bin/Release/net10.0/GeoGraph.Api.dll" --urls "http://127.0.0.1:$api_port" \
    --contentRoot "$root/src/GeoGraph.Api" > "$work/api.log" 2>&1 &
  api=$!; pids+=("$api")
  wait_ready "http://127.0.0.1:$api_port/health/ready" "$api" || { cat "$work/api.log" >&2; exit 1; }
  Storage__Sqlite__Path="$db" Logging__LogLevel__Default=Warning \
    dotnet "$here/PlainEndpoint/bin/Release/net10.0/PlainEndpoint.dll" --urls "http://127.0.0.1:$plain_port" > "$work/plain.log" 2>&1 &
  plain=$!; pids+=("$plain")
  wait_ready "http://127.0.0.1:$plain_port/entity-relations?id=country:CN" "$plain" || { cat "$work/plain.log" >&2; exit 1; }
  meta "$S" db_bytes "$(du -cb "$db"* | tail -n 1 | cut -f1)"

  mkdir -p "$work/mix-$S"
  identity=$(python3 "$here/mix.py" requests "http://127.0.0.1:$api_port/graphql" "http://127.0.0.1:$plain_port" "$work/mix-$S" "$seed") \
    || { echo "the plain endpoint's JSON is not GraphQL's: the ratio would compare different work" >&2; exit 1; }
  echo "   $identity" >&2
  meta "$S" identity "${identity^}."

  log "S = $S: load (wrk -t$threads -c$connections, then -c1, $duration each per query after $warmup warm-up)"
  for name in entity-relations entity-relations-plain relations-filtered neighborhood-hub shortest-path entity-search; do
    if [ "$name" = entity-relations-plain ]; then url="http://127.0.0.1:$plain_port/"; server=$plain; else url="http://127.0.0.1:$api_port/graphql"; server=$api; fi
    measure "$S" "$name" "$url" "$work/mix-$S/$name.txt" "$server"
  done
  meta "$S" peak_rss_kb "$(awk '/VmHWM/ {print $2}' "/proc/$api/status")"
  kill "$api" "$plain"; wait "$api" "$plain" 2>/dev/null || true
  pids=()
  rm -f "$db"*
  write_results
done

if [ "$smoke" = 1 ]; then cat "$results"; fi
exit "$failed"
