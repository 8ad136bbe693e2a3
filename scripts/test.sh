#!/usr/bin/env bash
# Runs every check, failing fast, and prints a summary of what ran and how long it took.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"

summary=()
started=$SECONDS
report() {
  echo
  echo "Summary"
  printf '  %s\n' "${summary[@]}"
  echo "  total: $((SECONDS - started)) s"
}

run() {
  local name="$1"
  shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  local t0=$SECONDS
  if "$@"; then
    summary+=("ok    $(printf '%4d' $((SECONDS - t0))) s  $name")
  else
    summary+=("FAIL  $(printf '%4d' $((SECONDS - t0))) s  $name")
    report
    exit 1
  fi
}

run "set-up (tools, browser)" scripts/setup.sh --browser
run "format" cargo fmt --check
run "layout (circles, layers, IndexedDB only in the store)" node scripts/check-layout.mjs
run "clippy (native)" cargo clippy --all-targets --locked -- -D warnings
run "clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run "domain tests (native)" cargo test --locked
run "the CouchDB stand-in speaks the API team sync relies on (pouchdb-server)" node --test tests/couchdb/contract.test.mjs
# wasm-bindgen-test gives each test file 20 s by default; the lock's (key stretching in every
# test) takes 10 s alone on this machine, so a busier one would stop it halfway.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# Each test file starts a Chromium whose profile (tens of MB) is left in the temporary folder:
# keep them in a folder of their own and remove it afterwards, so runs do not fill the disk.
browser_tests() {
  local profiles
  profiles="$(mktemp -d "${TMPDIR:-/tmp}/one-on-one-browser-tests.XXXXXX")"
  TMPDIR="$profiles" node tests/couchdb/with-server.mjs cargo test --locked --target wasm32-unknown-unknown
  local status=$?
  rm -rf "$profiles"
  return $status
}
run "browser tests (wasm-bindgen-test, headless Chromium, beside the CouchDB stand-in)" browser_tests
run "release build (trunk)" trunk build --release --locked
run "end-to-end tests (release build, Chromium)" npx playwright test -c tests/e2e
run "the lock, a protected backup, the map, bringing people in and the live focus mode walked in WebKit (release build, MiniBrowser)" tests/webkit/run.sh
report
