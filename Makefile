# coopnews: two commands do all set-up on a fresh machine with Python 3.11 and make.
#   make analysis   run every notebook, export figures, tables and HTML to reports/
#   make test       unit tests + strict nbval on every notebook
#   make test-collection  the whole collection on generated and edge corpora (minutes)
#   make lab        JupyterLab on the same environment
#   make bench      extraction benchmark at 1k, 10k and 100k synthetic articles
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
CORPUS ?=
REPORTS ?=
JOBS ?= 2
BENCH_SIZES ?= 1000 10000 100000
# the code before this round's changes: make bench prints the ratio of today's time to its time
BENCH_BASELINE ?= 5730b70

.PHONY: env analysis test test-collection reproducible lab bench lock clean

env: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode --no-deps -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

analysis: $(STAMP)
	$(BIN)/python -m coopnews.runner $(if $(CORPUS),--corpus "$(CORPUS)") $(if $(REPORTS),--reports "$(REPORTS)")

test: $(STAMP)
	$(BIN)/python -m pytest -n $(JOBS) --dist loadfile tests notebooks --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval-sanitize.cfg -q

# the runner on a generated corpus and on edge corpora: exit 0, every notebook run, every figure written
test-collection: $(STAMP)
	$(BIN)/python -m pytest -n $(JOBS) --dist load tests/test_collection.py -m collection -q

# make analysis twice on our own test articles; every report file must be byte-identical
reproducible: $(STAMP)
	$(BIN)/python tests/check_reproducible.py tests/corpus $${TMPDIR:-/tmp}/coopnews-reproducible

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

# extraction speed, memory and growth on seeded synthetic corpora (see README, Performance)
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --sizes $(BENCH_SIZES) --jobs 2 --one-core --baseline $(BENCH_BASELINE)

# re-pin every dependency (needs the package registry); commit the result
lock: $(STAMP)
	$(BIN)/uv pip compile requirements.in -o requirements.lock --python-version 3.11 --no-header

clean:
	rm -rf $(VENV)
