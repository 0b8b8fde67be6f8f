#!/usr/bin/env bash
# Load benchmark of `duiding serve` with wrk (Debian package `wrk`); not a test.
#   [ROUNDS=N] Scripts/load_test.sh [SECONDS] [CONNECTIONS]   (defaults: 2 rounds of 30 s, 64 connections)
# Run from the repository root after `swift build -c release`. It ingests the example article into a
# fresh database, starts the server on a loopback port, and runs wrk against POST /api/v1/analyze (the
# example article as the body) and against the article page, reporting requests/s, latency percentiles
# and errors (wrk counts a request unanswered after 10 s as a timeout), and the server's memory before
# and after each run.
set -euo pipefail
seconds="${1:-30}"
connections="${2:-64}"
binary=.build/release/duiding
example=../shared/examples/nos-poetin-china.txt
command -v wrk >/dev/null || { echo "error: wrk is missing (apt-get install wrk)" >&2; exit 1; }
[ -x "$binary" ] || { echo "error: build first: swift build -c release" >&2; exit 1; }
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" ingest "$example" --db "$work/db.sqlite" 2>/dev/null
port=$((20000 + RANDOM % 30000))
"$binary" serve --db "$work/db.sqlite" --port "$port" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 100); do curl -s "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {print $2 / 1024 " MiB"}' "/proc/$server/status"; }
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
local f = io.open("$example", "rb")
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
LUA
echo "server memory at start: $(rss)"
for round in $(seq 1 "${ROUNDS:-2}"); do
  echo "== POST /api/v1/analyze (example article, $(wc -c < "$example") bytes), round $round"
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$work/post.lua" "http://127.0.0.1:$port/api/v1/analyze" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors|requests in"
  echo "server memory: $(rss)"
done
echo "== GET /articles/1 (article page)"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "http://127.0.0.1:$port/articles/1" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors|requests in"
echo "server memory at the end: $(rss)"
