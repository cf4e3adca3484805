#!/usr/bin/env bash
# Load test (issue 11): a server with 30,000 published facilities on a throw-away embedded database, then wrk with
# 50 concurrent connections for 60 s against the facility API (pages of 50), the facility GeoJSON, facility pages
# and the rating list. Prints the import time and wrk's latency distribution (p50, p99) and throughput, the numbers
# recorded in docs/performance.md. Needs a built jar (./mvnw -DskipTests package), python3, curl and wrk
# (apt-get install wrk). Usage: scripts/load-test.sh [facilities] [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-30000}
seconds=${2:-60}
connections=${3:-50}
jar=tmf-server/target/tmf-server.jar
data=$(mktemp -d)
port=18082
base="http://localhost:$port"
log="$data/server.log"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

python3 - "$rows" > "$data/facilities.csv" <<'PY'
import random, sys
random.seed(11)
print("name,country,region,latitude,longitude,status,waterHazardClass,storedVolumeM3,damHeightM,commodity,published")
for n in range(1, int(sys.argv[1]) + 1):
    # central Kazakhstan, well inside the border (the location check refuses points outside the country)
    print(f"Load test facility {n},KAZ,Region {n % 17},{47 + random.random() * 3:.5f},{66 + random.random() * 9:.5f},"
          f"{random.choice(['ACTIVE','CLOSED','ABANDONED'])},{random.choice(['WGK1','WGK2','WGK3'])},"
          f"{random.randint(10_000, 50_000_000)},{random.randint(5, 80)},copper,yes")
PY

java -Xmx1g -jar "$jar" --server.port=$port --tmf.database.data-directory="$data/pg" \
  --spring.servlet.multipart.max-file-size=100MB --spring.servlet.multipart.max-request-size=100MB \
  --tmf.import.max-megabytes=100 > "$log" 2>&1 &
pid=$!
until curl -s -o /dev/null "$base/actuator/health/readiness"; do sleep 0.5; done

curl -s -u authority:authority-demo -o "$data/import.json" -w "import of $rows facilities: HTTP %{http_code}, %{time_total} s\n" \
  -F "file=@$data/facilities.csv" "$base/api/v1/imports/facilities?dryRun=false"
head -c 300 "$data/import.json"; echo
total=$(curl -s "$base/api/v1/facilities?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "published facilities: $total"
curl -s "$base/api/v1/facilities?size=200&sort=code" | python3 -c '
import json, sys
ids = [item["id"] for item in json.load(sys.stdin)["items"]]
print("ids = {" + ",".join(map(str, ids)) + "}")' > "$data/ids.lua"
pages=$(( total / 50 ))

cat > "$data/api-pages.lua" <<LUA
math.randomseed(1)
request = function() return wrk.format("GET", "/api/v1/facilities?size=50&page=" .. math.random(0, $pages - 1)) end
LUA
cat > "$data/facility-pages.lua" <<LUA
dofile("$data/ids.lua")
math.randomseed(2)
request = function() return wrk.format("GET", "/facilities/" .. ids[math.random(#ids)]) end
LUA

run() {
  echo "== $1"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "${@:2}" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors|requests in"
}
run "API pages of 50 (/api/v1/facilities?size=50&page=random)" -s "$data/api-pages.lua" "$base"
run "facility pages (/facilities/{id})" -s "$data/facility-pages.lua" "$base"
run "rating list (/ratings)" "$base/ratings"
run "all facilities as GeoJSON (/api/v1/facilities.geojson)" -c 8 "$base/api/v1/facilities.geojson"
echo "server log ERROR lines: $(grep -c " ERROR " "$log" || true)"
grep " ERROR " "$log" | sed -E 's/^.*\] [^ ]+ +: //' | cut -c1-160 | sort | uniq -c | sort -rn | head -5
