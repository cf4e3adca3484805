#!/usr/bin/env bash
# Measures the facility import check (dry run) of a generated 100,000-row CSV (issue 8 target: under a minute with a
# heap under 512 MB): the server runs with -Xmx512m on a throw-away embedded database. Needs a built jar
# (./mvnw -DskipTests package), python3 and curl; prints the numbers recorded in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
jar=tmf-server/target/tmf-server.jar
data=$(mktemp -d)
port=18081
log="$data/server.log"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

python3 - "$rows" > "$data/facilities.csv" <<'PY'
import random, sys
random.seed(42)
print("name,country,region,latitude,longitude,status,waterHazardClass,storedVolumeM3,damHeightM,commodity")
for n in range(1, int(sys.argv[1]) + 1):
    # central Kazakhstan, well inside the border (the location check refuses points outside the country)
    print(f"Generated tailings facility {n},KAZ,Region {n % 17},{47 + random.random() * 3:.5f},"
          f"{66 + random.random() * 9:.5f},{random.choice(['ACTIVE','CLOSED','ABANDONED'])},"
          f"{random.choice(['WGK1','WGK2','WGK3'])},{random.randint(10_000, 50_000_000)},{random.randint(5, 80)},copper")
PY
echo "file: $rows rows, $(stat -c %s "$data/facilities.csv") bytes"

java -Xmx512m -jar "$jar" --server.port=$port --tmf.database.data-directory="$data/pg" \
  --spring.servlet.multipart.max-file-size=100MB --spring.servlet.multipart.max-request-size=100MB \
  --tmf.import.max-megabytes=100 > "$log" 2>&1 &
pid=$!
until curl -s -o /dev/null "http://localhost:$port/facilities"; do sleep 0.5; done

for run in 1 2; do
  curl -s -u authority:authority-demo -o "$data/result.json" \
    -w "dry run $run: HTTP %{http_code}, %{time_total} s\n" \
    -F "file=@$data/facilities.csv" "http://localhost:$port/api/v1/imports/facilities?dryRun=true"
  head -c 200 "$data/result.json"; echo
done
if grep -q OutOfMemoryError "$log"; then echo "OUT OF MEMORY with -Xmx512m"; else echo "no OutOfMemoryError with -Xmx512m"; fi
jcmd "$pid" GC.heap_info | grep -E 'garbage-first heap|total' | head -2 || true
