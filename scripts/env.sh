# Sourced by the other scripts: puts the project's tools on PATH and names the pinned versions.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$CARGO_BIN:$PROJECT_ROOT/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="132"
VOBJECT_VERSION="0.9.9"
TWIGGY_VERSION="0.8.0"
# wasm-split-cli, from the crate wasm_split_cli_support (it has no --version of its own).
WASM_SPLIT_VERSION="0.2.4"
# wasm-bindgen-cli must match the wasm-bindgen library in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$PROJECT_ROOT/Cargo.lock")"
