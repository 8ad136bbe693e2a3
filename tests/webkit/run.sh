#!/usr/bin/env bash
# Walks the lock, a protected backup, the map, bringing people in and the live screen's focus
# mode on the release build in WebKit (Safari's engine: WebKitGTK's MiniBrowser under Xvfb),
# served as the end-to-end tests serve it.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Not 4190: browsers refuse that port (ManageSieve).
port="${WEBKIT_APP_PORT:-4176}"
node tests/e2e/serve.mjs dist "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
node tests/webkit/lock-walk.mjs "http://127.0.0.1:$port" "${WEBKIT_DRIVER_PORT:-4444}"
node tests/webkit/backup-walk.mjs "http://127.0.0.1:$port" "${WEBKIT_DRIVER_PORT:-4444}"
node tests/webkit/map-walk.mjs "http://127.0.0.1:$port" "${WEBKIT_DRIVER_PORT:-4444}"
node tests/webkit/import-walk.mjs "http://127.0.0.1:$port" "${WEBKIT_DRIVER_PORT:-4444}"
node tests/webkit/live-walk.mjs "http://127.0.0.1:$port" "${WEBKIT_DRIVER_PORT:-4444}"
