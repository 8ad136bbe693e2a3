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
# No live reload: its inline script would break the Content-Security-Policy, and a phone
# testing the release has no use for it.
exec trunk serve --release --locked --no-autoreload --address 0.0.0.0 --port "$port"
