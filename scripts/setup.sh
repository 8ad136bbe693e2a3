#!/usr/bin/env bash
# Installs whatever the build (and, with --browser, the tests) need, skipping what is already
# there at the right version, so a second run costs seconds. Usage: setup.sh [--browser]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q "$2"; }

need_browser=false
[ "${1:-}" = "--browser" ] && need_browser=true

command -v cargo >/dev/null || { echo "Rust is missing: install it from https://rustup.rs"; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20+ and npm are missing: install them (e.g. apt-get install nodejs npm)"; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding $component"
    rustup component add "$component"
  fi
done

if ! have_version trunk "trunk $TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  # Not --locked: one locked dependency is missing from the registry mirror here.
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v wasm-split-cli >/dev/null || [ "$(cat "$CARGO_BIN/.wasm-split-cli-version" 2>/dev/null)" != "$WASM_SPLIT_VERSION" ]; then
  # Cuts the wasm into the screens' chunks (scripts/split.mjs); Trunk 0.21 cannot.
  step "installing wasm-split-cli $WASM_SPLIT_VERSION (about 3 minutes, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
  echo "$WASM_SPLIT_VERSION" > "$CARGO_BIN/.wasm-split-cli-version"
fi

# npm tools: wasm-opt from binaryen (never Debian's broken 108), Playwright, axe-core.
stamp=node_modules/.installed-from-lock
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  step "installing npm tools (wasm-opt $WASM_OPT_VERSION, Playwright, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
# The CouchDB stand-in for the team sync tests, in its own folder with its own lock file (it
# breaks when installed beside other packages).
couch_stamp=tests/couchdb/node_modules/.installed-from-lock
if $need_browser && { [ ! -f "$couch_stamp" ] || [ tests/couchdb/package-lock.json -nt "$couch_stamp" ]; }; then
  step "installing pouchdb-server, the CouchDB stand-in for the sync tests"
  (cd tests/couchdb && npm ci --no-audit --no-fund --loglevel=error)
  touch "$couch_stamp"
fi
# Python's vobject, the independent reader the end-to-end tests judge exported vCards by
# (Python's csv module, for the CSV files, comes with Python).
if $need_browser && ! python3 -c 'import vobject' 2>/dev/null; then
  command -v python3 >/dev/null || { echo "Python 3 is missing: the end-to-end tests read exported files with it"; exit 1; }
  step "installing Python's vobject, to read exported vCards in the tests"
  python3 -m pip install --quiet --user "vobject==$VOBJECT_VERSION" 2>/dev/null ||
    python3 -m pip install --quiet --user --break-system-packages "vobject==$VOBJECT_VERSION"
fi
wasm-opt --version | grep -q "version $WASM_OPT_VERSION" ||
  { echo "wasm-opt on PATH is not version $WASM_OPT_VERSION: $(command -v wasm-opt)"; exit 1; }

if $need_browser && { [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; }; then
  if command -v apt-get >/dev/null; then
    step "installing Chromium and ChromeDriver from Debian"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      chromium chromium-driver >/dev/null
  else
    echo "The browser tests need Chromium and a matching ChromeDriver."
    echo "Install them, then run again with CHROMIUM=/path/to/chromium CHROMEDRIVER=/path/to/chromedriver."
    exit 1
  fi
fi
# WebKit, Safari's engine: WebKitGTK's WebDriver and MiniBrowser, run under Xvfb.
if $need_browser && ! { command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null && command -v xauth >/dev/null; }; then
  if command -v apt-get >/dev/null; then
    step "installing WebKitGTK's WebDriver and Xvfb from Debian"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      webkit2gtk-driver xvfb xauth >/dev/null
  else
    echo "The WebKit walk needs WebKitWebDriver (webkit2gtk-driver), xvfb-run and xauth."
    exit 1
  fi
fi
exit 0
