#!/usr/bin/env bash
# Benchmarks (not tests): prints figures for the notes. Needs the tools `make test` installs.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
scripts/setup.sh --browser
echo "==> store benchmark (IndexedDB in headless Chromium, no CPU throttling)"
cargo test --locked --release --target wasm32-unknown-unknown --test bench_store -- --include-ignored --nocapture 2>&1 |
  grep -E "BENCH|test result|panicked" | sed 's/^.*BENCH /  /'
