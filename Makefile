# Quick start: `make run` starts a debrief, `make test` runs every test.
# Both install the system libraries Debrief links (libedit, SQLite) when they are missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
ARGS ?=

.PHONY: run test build release deps test-deps docs faults build-postgres test-postgres

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit sqlite3; then \
		echo "Installing libedit-dev and libsqlite3-dev (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pkg-config libedit-dev libsqlite3-dev >/dev/null; \
	fi

# The HTML report's browser check (ReportInChromiumTests) runs headless Chromium.
test-deps: deps
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing chromium for the HTML report's browser check (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; \
	fi

build: deps
	$(SWIFT) build --product debrief

# The binary to install and to measure (Documentation/Performance.md): optimised, with Swift's
# standard library and Foundation linked in, which takes most of the dynamic linker's work out of every start.
release: deps
	$(SWIFT) build -c release --product debrief --static-swift-stdlib

run: build
	@./.build/debug/debrief $(ARGS)

# The fault suite at full size (Documentation/Reliability.md): kill -9 at every step, concurrent
# debriefs and opens, hostile stores, bad arguments and plugins, special -o targets, fuzzing.
# `make test` runs a quick version of it.
faults: deps
	DEBRIEF_FAULTS=full $(SWIFT) test --filter 'EndToEndTests\.Faults'

test: test-deps
	$(SWIFT) test

# The DocC catalog of DebriefKit must build without warnings. DEBRIEF_DOCS=1 adds the DocC plugin
# to the package (it stays out of the dependencies of apps that use Debrief).
docs:
	DEBRIEF_DOCS=1 $(SWIFT) package generate-documentation --target DebriefKit --warnings-as-errors

# PostgreSQL support is a package trait (Documentation/Postgres.md): `make build-postgres` builds the
# binary with it; `make test-postgres` runs the PostgreSQL tests against a throwaway local server.
build-postgres: deps
	$(SWIFT) build --product debrief --traits Postgres

test-postgres: deps
	$(SWIFT) build --build-tests --traits Postgres
	.ci/with-postgres $(SWIFT) test --skip-build --traits Postgres --filter 'DebriefPostgresTests|PostgresCommandTests'
