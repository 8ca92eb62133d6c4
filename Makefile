# ClaimCheck: `make run` sets everything up and serves the app; `make test` runs the suite.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Replay tools for the tests (pywb), in an environment of their own: they pin an old redis client.
REPLAY := .venv-replay
HOST ?= 127.0.0.1
PORT ?= 8000
export DEBUG ?= 1

.PHONY: run test install setup seed lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

install: $(VENV)/.installed node_modules/.package-lock.json

$(REPLAY)/.installed: pyproject.toml
	$(PY) -m venv $(REPLAY)
	$(REPLAY)/bin/pip install --quiet --upgrade pip
	$(REPLAY)/bin/pip install --quiet --group replay
	touch $@

setup: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo

run: setup
	@# A worker with beat always runs beside the web server: on Redis when REDIS_URL is set,
	@# otherwise on a filesystem queue under var/ (no server needed).
	$(BIN)/python manage.py run_worker & \
	trap 'kill %1 2>/dev/null' EXIT; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install $(REPLAY)/.installed
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .

bench: install
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf var test-artifacts .pytest_cache
