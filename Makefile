# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
UV_VERSION := 0.13.9
# One Dagster instance for the CLI, the UI and the sensor: dagster.yaml at the
# repository root is its config; run storage goes to .dagster/ (git-ignored).
export DAGSTER_HOME := $(CURDIR)
# This machine sets PYTHONDONTWRITEBYTECODE=1; dagster imports 2-3x slower
# without compiled bytecode, so it is compiled once at install time.
export UV_COMPILE_BYTECODE := 1

RAW       ?= raw
WAREHOUSE ?= warehouse/warehouse.duckdb

.PHONY: install run test ui bench clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync --python $(BIN)/python --require-hashes requirements.lock
	touch $@

run: install
	$(BIN)/python -m pipelines build --raw $(RAW) --warehouse $(WAREHOUSE)

test: install
	$(BIN)/python -m pytest

ui: install
	$(BIN)/python -m pipelines ui --raw $(RAW) --warehouse $(WAREHOUSE)

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf .dagster warehouse/*.duckdb warehouse/*.wal
