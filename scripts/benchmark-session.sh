#!/usr/bin/env bash
# Cost of a signed-in request (issue 16): every request of a page session reads the account again by its id
# (CurrentAccountFilter), so that a disabled account or changed rights take effect at once. Starts the built jar on a
# throw-away embedded demo database, signs in through the login form, then times keep-alive requests in one run:
# the health endpoint, an anonymous API read, and the same API read and a page with the signed-in session. Prints
# medians and ratios to the health endpoint, the numbers recorded in docs/performance.md. Needs a built jar (./mvnw -DskipTests package) and python3. Usage: scripts/benchmark-session.sh [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
jar=tmf-server/target/tmf-server.jar
data=$(mktemp -d)
port=18083
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

java -Xmx1g -jar "$jar" --server.port=$port --tmf.database.data-directory="$data/pg" --tmf.database.port=18084 \
  --tmf.jobs.enabled=false > "$data/server.log" 2>&1 &
pid=$!
until curl -s -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.5; done

python3 - "$port" "$requests" <<'PY'
import http.client, re, statistics, sys, time, urllib.parse
port, n = int(sys.argv[1]), int(sys.argv[2])
conn = http.client.HTTPConnection("localhost", port)
def get(path, cookie=None):
    conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    r = conn.getresponse(); r.read(); return r
r = get("/login"); cookie = r.getheader("Set-Cookie").split(";")[0]
conn.request("GET", "/login", headers={"Cookie": cookie}); page = conn.getresponse().read().decode()
csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
body = urllib.parse.urlencode({"username": "inspector", "password": "inspector-demo", "_csrf": csrf})
conn.request("POST", "/login", body, {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
r = conn.getresponse(); r.read()
cookie = (r.getheader("Set-Cookie") or cookie).split(";")[0]
assert r.status == 302 and r.getheader("Location").endswith("/facilities"), r.status
cases = [("health", "/actuator/health", None), ("API read, anonymous", "/api/v1/facilities?size=20", None),
         ("API read, signed-in session", "/api/v1/facilities?size=20", cookie),
         ("notifications, signed-in session", "/api/v1/notifications", cookie),
         ("account page, signed-in session", "/account", cookie)]
for _, path, c in cases:  # warm-up
    for _ in range(300):
        assert get(path, c).status == 200, path
times = {name: [] for name, _, _ in cases}
for _ in range(n):
    for name, path, c in cases:
        t = time.perf_counter(); get(path, c); times[name].append((time.perf_counter() - t) * 1000)
base = statistics.median(times["health"])
for name, _, _ in cases:
    m = statistics.median(times[name])
    print(f"{name:36s} median {m:6.2f} ms  ratio to health {m / base:5.1f}")
PY
