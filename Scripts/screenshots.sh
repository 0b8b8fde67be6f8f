#!/usr/bin/env bash
# Saves screenshots of the main pages (home, search, article, entity, dyad, analyze) with headless Chromium,
# to look at them as a reader would. Not a test.
#   Scripts/screenshots.sh [OUTPUT-FOLDER]        (default: /tmp/duiding-screenshots)
# Run from the repository root after `swift build -c release`; needs Debian's chromium and curl.
set -euo pipefail
out="${1:-/tmp/duiding-screenshots}"
binary=.build/release/duiding
command -v chromium >/dev/null || { echo "error: chromium is missing (apt-get install chromium)" >&2; exit 1; }
[ -x "$binary" ] || { echo "error: build first: swift build -c release" >&2; exit 1; }
mkdir -p "$out"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" ingest ../shared/examples/ --db "$work/db.sqlite" 2>/dev/null
port=$((20000 + RANDOM % 30000))
"$binary" serve --db "$work/db.sqlite" --port "$port" 2>/dev/null &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -s "$base/api/v1/health" >/dev/null && break; sleep 0.2; done
entity="$(curl -s "$base/api/v1/entities?type=PER&limit=1" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')"
shoot() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/chromium" \
    --window-size=1100,"$3" --screenshot="$out/$1.png" "$base$2" >/dev/null 2>&1
  echo "$out/$1.png"
}
shoot home / 900
shoot search "/search?q=peking" 900
shoot article /articles/1 2400
shoot entity "/entities/$entity" 900
shoot dyad "/dyad?a=RUS&b=CHN" 1200
shoot analyze "/analyze?text=Premier%20Rutte%20sprak%20dinsdag%20in%20Brussel%20met%20Ursula%20von%20der%20Leyen." 900
