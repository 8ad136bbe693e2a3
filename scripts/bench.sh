#!/usr/bin/env bash
# Benchmarks (not tests): the release build under a phone-like load, against a minimal Leptos
# page as the floor. Writes target/bench/report.md and report.json. Needs what `make test`
# installs (and installs what is missing).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"
scripts/setup.sh --browser
mkdir -p target/bench

echo "==> release build of the app, and of the floor page with the same profile"
trunk build --release --locked
(cd bench/floor && trunk build --release --locked)

echo "==> what weighs in the wasm (twiggy over rustc's wasm, before later builds replace it)"
if ! command -v twiggy >/dev/null || ! twiggy --version | grep -q "$TWIGGY_VERSION"; then
  # Not --locked, as for wasm-bindgen-cli; only the benchmark needs it.
  cargo install twiggy --version "$TWIGGY_VERSION"
fi
twiggy top -n 1000000 --format csv target/wasm32-unknown-unknown/release/one-on-one.wasm > target/bench/twiggy.csv
node bench/weights.mjs target/bench/twiggy.csv target/bench/weights.json

echo "==> datasets: 1x (1,000 people, 3,000 meetings, 5,000 next steps) and 10x"
now_ms=$(($(date +%s) * 1000))
cargo build --release --locked --example bench_dataset
for scale in 1 10; do
  target/release/examples/bench_dataset "$scale" "$now_ms" > "target/bench/dataset-${scale}x.json"
done

# Tests unwind on panic; building them with the release profile's abort would clash with the
# example built above (cargo issue 6313), so these two runs unwind.
export CARGO_PROFILE_RELEASE_PANIC=unwind

echo "==> search index, natively, over the 10x dataset"
BENCH_DATASET=target/bench/dataset-10x.json cargo test --locked --release --test bench_search -- --include-ignored --nocapture 2>&1 |
  grep -E "BENCH|test result|panicked" | sed 's/^.*BENCH /  /'

echo "==> relationship map (graph, layout, flags), natively, over the 1x and 10x datasets"
for scale in 1 10; do
  BENCH_DATASET="target/bench/dataset-${scale}x.json" cargo test --locked --release --test bench_map -- --include-ignored --nocapture 2>&1 |
    grep -E "BENCH|test result|panicked" | sed 's/^.*BENCH /  /'
done

echo "==> store (IndexedDB in headless Chromium, no CPU throttling)"
cargo test --locked --release --target wasm32-unknown-unknown --test bench_store -- --include-ignored --nocapture 2>&1 |
  grep -E "BENCH|test result|panicked" | sed 's/^.*BENCH /  /'

echo "==> the app in headless Chromium at 4x CPU throttling"
node bench/run.mjs

echo "==> cold start from the service worker and the first open of every screen, against the floor, at 4x CPU throttling"
node bench/first_open.mjs

echo "==> Lighthouse mobile on every top screen and on the floor page, served compressed (first visits)"
if [ ! -d bench/lighthouse/node_modules/lighthouse ]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi
node bench/lighthouse/run.mjs

echo "==> team sync: a whole team's records sent, pulled by a fresh phone, and one change travelling (pouchdb-server on loopback)"
node bench/sync.mjs

echo "==> bringing people in: a 10,000-row spreadsheet at 4x CPU throttling"
node bench/people_import.mjs
