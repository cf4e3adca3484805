#!/usr/bin/env bash
# Imports a generated HydroRIVERS-like network of N reaches (default 500,000, about the size of a Central Asia clip of
# HydroRIVERS) through the administrator's upload (/admin/hydrography), as the guide in docs/hydrography.md does with
# the real file: prints the file's size, the time from upload to "in use" (parse, validate, build, store, activate,
# re-screen the facilities), the server's heap and the network in use. The reaches lie on a grid over 46-88°E,
# 35-56°N, 9 vertices each over about 3.5 km (HydroRIVERS' mean reach length), with a dendritic NEXT_DOWN topology
# (each reach drains into the one with half its index, HYRIV_ID from 40,000,001; depth about 19). Needs a built jar
# (./mvnw -DskipTests package), python3 and curl; throw-away embedded database.
# Usage: scripts/benchmark-river-import.sh [reaches]
set -euo pipefail
cd "$(dirname "$0")/.."
reaches=${1:-500000}
jar=${TMF_JAR:-tmf-server/target/tmf-server.jar}
data=$(mktemp -d)
port=18087
log="$data/server.log"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

python3 - "$reaches" > "$data/rivers.csv" <<'PY'
import math, sys
n = int(sys.argv[1])
columns = int(math.sqrt(n * 2))
rows = (n + columns - 1) // columns
print("HYRIV_ID,NEXT_DOWN,LENGTH_KM,ORD_STRA,DIS_AV_CMS,WKT")
for i in range(1, n + 1):
    x, y = (i - 1) % columns, (i - 1) // columns
    lon0, lat0 = 46 + 42 * x / columns, 35 + 21 * y / rows
    points = ",".join(f"{lon0 + 0.004 * k:.5f} {lat0 + 0.0015 * k:.5f}" for k in range(9))
    print(f"{40_000_000 + i},{40_000_000 + i // 2 if i > 1 else 0},3.5,{max(1, 20 - int(math.log2(i)))},"
          f"{1.0 + 1000 / i:.3f},\"LINESTRING ({points})\"")
PY
echo "file: $reaches reaches, $(stat -c %s "$data/rivers.csv") bytes"

java -Xmx2g -jar "$jar" --server.port=$port --tmf.database.data-directory="$data/pg" --tmf.database.port=18088 \
  --tmf.jobs.enabled=false > "$log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.5; done

python3 - "$port" "$data/rivers.csv" <<'PY'
import http.client, json, re, sys, time, urllib.parse
port, path = int(sys.argv[1]), sys.argv[2]
conn = http.client.HTTPConnection("localhost", port, timeout=3600)
def request(method, url, body=None, headers=None):
    conn.request(method, url, body, headers or {})
    response = conn.getresponse()
    return response, response.read()
response, _ = request("GET", "/login")
cookie = response.getheader("Set-Cookie").split(";")[0]
_, page = request("GET", "/login", headers={"Cookie": cookie})
csrf = re.search(r'name="_csrf" value="([^"]+)"', page.decode()).group(1)
form = urllib.parse.urlencode({"username": "admin", "password": "admin-demo", "_csrf": csrf})
response, _ = request("POST", "/login", form, {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
cookie = (response.getheader("Set-Cookie") or cookie).split(";")[0]
_, page = request("GET", "/admin/hydrography", headers={"Cookie": cookie})
csrf = re.search(r'name="_csrf" value="([^"]+)"', page.decode()).group(1)
query = urllib.parse.urlencode({"name": "Generated HydroRIVERS-like network", "format": "HYDRORIVERS_CSV",
                                "mode": "REPLACE", "scale": "1:500000", "fileName": "rivers.csv"})
with open(path, "rb") as f:
    content = f.read()
started = time.monotonic()
response, body = request("POST", "/admin/hydrography/imports?" + query, content,
                         {"Cookie": cookie, "X-CSRF-TOKEN": csrf, "Content-Type": "application/octet-stream"})
uploaded = time.monotonic()
job = json.loads(body)
print(f"upload: HTTP {response.status} after {uploaded - started:.1f} s")
while job.get("state") == "RUNNING":
    time.sleep(1)
    _, body = request("GET", "/admin/hydrography/imports/" + job["id"], headers={"Cookie": cookie})
    job = json.loads(body)
print(f"import: {job.get('state')} after {time.monotonic() - started:.1f} s in all")
print({k: v for k, v in job.items() if k not in ("report",)})
PY
grep -o 'Transboundary results computed for [0-9]* facilities.*' "$log" | tail -1 || true
jcmd "$pid" GC.heap_info | grep -E 'garbage-first heap' | head -1 || true
