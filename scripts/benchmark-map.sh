#!/usr/bin/env bash
# Measures /api/v1/facilities.geojson with 30,000 generated facilities (issue 5 targets: <= 3 MB,
# <= 1 MB gzip-compressed, < 300 ms server time). Needs a built jar (./mvnw -DskipTests package), psql
# and curl; for the browser timing also Chromium (/usr/bin/chromium). Uses a throw-away embedded database;
# prints the numbers recorded in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl tmf-server test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=test
jar=tmf-server/target/tmf-server.jar
data=$(mktemp -d)
port=18080
log="$data/server.log"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

start() {
  java -jar "$jar" --server.port=$port --tmf.database.data-directory="$data/pg" > "$log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://localhost:$port/facilities"; do sleep 0.5; done
}

start
pg_port=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$log" | grep -o '[0-9]*$')
psql -q -h localhost -p "$pg_port" -U postgres -d tmf <<'SQL'
INSERT INTO facility (code, name, country, latitude, longitude, status, stored_volume_m3, water_hazard_class, published)
SELECT 'BM-' || lpad(n::text, 6, '0'), 'Benchmark tailings facility ' || n, 'KAZ',
       40.6 + random() * 14.5, 46.5 + random() * 40.5,
       (ARRAY['ACTIVE','INACTIVE','TEMPORARILY_CLOSED','CLOSED','ABANDONED'])[1 + floor(random() * 5)::int],
       power(10, 4 + random() * 4), (ARRAY['NWG','WGK1','WGK2','WGK3','UNKNOWN'])[1 + floor(random() * 5)::int], true
  FROM generate_series(1, 30000) AS n;
SQL
kill "$pid"; wait "$pid" 2>/dev/null || true
rating_start=$(date +%s.%N)
start
for _ in $(seq 1 600); do grep -q 'Rated [0-9]* facilities' "$log" && break; sleep 0.2; done
echo "restart and rating of the new facilities: $(echo "$(date +%s.%N) - $rating_start" | bc) s;" \
  "$(grep -o 'Rated [0-9]* facilities' "$log")"

url="http://localhost:$port/api/v1/facilities.geojson"
curl -s -o /dev/null "$url"
echo "features: $(curl -s "$url" | grep -o '"Feature"' | wc -l)"
for i in 1 2 3 4 5; do
  curl -s -o /dev/null -w "plain: %{time_total} s, %{size_download} bytes\n" "$url"
done
for i in 1 2 3; do
  curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w "gzip: %{time_total} s, %{size_download} bytes\n" "$url"
done

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
java -cp "tmf-server/target/test-classes:tmf-server/target/classes:$(cat tmf-server/target/benchmark.classpath)" \
  org.tmfsafety.server.map.MapLoadTiming "http://localhost:$port/map" 3
