# The project's commands. Each installs what is missing first (see scripts/setup.sh).
SHELL := /bin/bash
.PHONY: serve test dist bench setup clean

serve: setup ## build the release and serve it on the LAN, port 8080
	scripts/serve.sh

test: ## every check: format, clippy, native, browser and end-to-end tests
	scripts/test.sh

dist: setup ## the release build in dist/, for any static host
	. scripts/env.sh && trunk build --release --locked

bench: ## benchmarks: prints the figures quoted in issue notes
	scripts/bench.sh

setup: ## install the build tools that are missing
	scripts/setup.sh

clean:
	cargo clean
	rm -rf dist node_modules test-results
