#!/usr/bin/env bash
# Builds the release and serves it on port 8080 on every interface, for a phone on the same Wi-Fi.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
port="${PORT:-8080}"

echo
echo "One-on-one will be served on:"
echo "  this computer:   http://localhost:$port/"
for ip in $(hostname -I 2>/dev/null || true); do
  case "$ip" in *:*) continue ;; esac
  echo "  a phone on the same Wi-Fi: http://$ip:$port/"
done
echo "(Offline use and installing need HTTPS or localhost: see README, 'On a phone'.)"
echo
# Served as a good static host serves it (brotli or gzip copies, deep links), by the same small
# server the end-to-end tests use; no live reload, whose inline script the policy would refuse.
trunk build --release --locked
exec node tests/e2e/serve.mjs dist "$port" 0.0.0.0
