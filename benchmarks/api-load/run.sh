#!/usr/bin/env bash
# Load test of the GraphQL endpoint on the seeded embedded store: starts the API (Release) on a
# fresh database, runs wrk against each query in queries.json, and writes RESULTS.md.
# Needs wrk (apt-get install -y wrk). Usage: benchmarks/api-load/run.sh [duration] [connections]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
duration=${1:-15s}
connections=${2:-32}
port=5199
db=$(mktemp -d)/geograph.db

dotnet build "$root/src/GeoGraph.Api" -c Release -p:SkipPlaygroundAssets=true >/dev/null
Storage__Sqlite__Path="$db" Logging__LogLevel__Default=Warning \
  dotnet "$root/src/GeoGraph.Api/bin/Release/net10.0/GeoGraph.Api.dll" --urls "http://127.0.0.1:$port" --contentRoot "$root/src/GeoGraph.Api" &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done

out="$here/RESULTS.md"
{
  echo "# GraphQL endpoint under load"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(dotnet --version), Release build, embedded SQLite store seeded with the founding article;"
  echo "wrk -t2 -c$connections -d$duration, run on the same machine as the API (so the load generator competes for the cores)."
  echo
  echo "| query | requests/s | p50 | p99 | GraphQL errors |"
  echo "|---|---:|---:|---:|---:|"
} > "$out"
for name in $(python3 -c "import json,sys; print(' '.join(json.load(open(sys.argv[1]))))" "$here/queries.json"); do
  body=$(mktemp)
  python3 -c "import json,sys; print(json.dumps(json.load(open(sys.argv[1]))[sys.argv[2]]))" "$here/queries.json" "$name" > "$body"
  GEOGRAPH_QUERY_FILE="$body" wrk -t2 -c"$connections" -d5s -s "$here/graphql-post.lua" "http://127.0.0.1:$port/graphql" >/dev/null  # warm-up
  result=$(GEOGRAPH_QUERY_FILE="$body" wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/graphql-post.lua" "http://127.0.0.1:$port/graphql")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1=="50%" {print $2}' <<<"$result")
  p99=$(awk '$1=="99%" {print $2}' <<<"$result")
  errors=$(awk '/graphql-errors/ {print $2}' <<<"$result")
  echo "| $name | $rps | $p50 | $p99 | $errors |" >> "$out"
  echo "$name: $rps req/s, p50 $p50, p99 $p99, errors $errors"
done
echo "written: $out"
