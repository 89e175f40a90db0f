# Marsad: every target sets up the environment it needs (python3 + make are enough).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NAME ?= seed
CORPUS ?= seeds
DATASETS ?= ../shared/datasets
# Deterministic, quiet, offline-friendly runs.
export PYTHONHASHSEED := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# pytest's temporary folders live in the checkout and start empty each run: the reader tests build symlink
# loops, FIFOs and unreadable folders, and old runs' leftovers in the shared /tmp must never fail a new run.
PYTEST_TMP := --basetemp=$(CURDIR)/.pytest-tmp

.PHONY: help setup report test test-fast lab evaluate train demo bench lock clean

help:
	@echo "make setup        create .venv with the pinned packages (every other target does it when needed)"
	@echo "make report       run every notebook on seeds/ into reports/seed/ (CORPUS=... NAME=... HOME_COUNTRY=... REPORT_ARGS=...)"
	@echo "make demo         every report on the 559-article CNN Arabic demo corpus into reports/demo/"
	@echo "make lab          JupyterLab with the explorer open on reports/NAME/tables (CORPUS=... NAME=... LAB_ARGS=...)"
	@echo "make test         the whole test suite (PYTEST_ARGS=... to choose)"
	@echo "make test-fast    the tests that do not run notebooks (-m 'not slow')"
	@echo "make browser-test only the browser and hostile-input tests (headless Chromium)"
	@echo "make browser-deps install Debian's Chromium for the browser tests (needs root)"
	@echo "make evaluate     measure the models on ../shared/datasets (DATASETS=...)"
	@echo "make train        retrain the shipped models from ../shared/datasets"
	@echo "make bench        throughput and memory of every stage (writes bench/results.json, docs/PERFORMANCE.md)"
	@echo "make lock         regenerate requirements.lock and environment.yml from .venv"
	@echo "make clean        remove .venv, reports/*/ and caches"
	@echo "Notebook parameters: .venv/bin/python -m marsad report --list-params"

setup: $(STAMP)

# Install exactly the pinned set with --no-deps: camel-tools declares torch and
# transformers, which its data-free utilities never import, and jupyter-events
# would pull rfc3987-syntax, which slows every papermill kernel start by ~2.7 s.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (marsad)" >/dev/null
	@touch $(STAMP)

# The outlet's home country (ISO code) keeps its national headlines out of "world" in the topic report
# (docs/EVALUATION.md, "Headline topics"). By default a page's home country is read from its own ticker (the seed
# page's: MA); set it for pages whose ticker does not say (make report CORPUS=/path/to/pages NAME=site
# HOME_COUNTRY=TN), or HOME_COUNTRY=none for none.
HOME_COUNTRY ?=
HOME_OPTION = $(if $(HOME_COUNTRY),--option headlines home_country $(HOME_COUNTRY))

report: $(STAMP)
	$(PY) -m marsad report --corpus $(CORPUS) --name $(NAME) $(HOME_OPTION) $(REPORT_ARGS)

test: $(STAMP)
	$(PY) -m pytest -q $(PYTEST_TMP) $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow" $(PYTEST_TMP) $(PYTEST_ARGS)

# JupyterLab with the explorer (notebooks/explore.ipynb) open on reports/$(NAME)/tables, analysed from
# $(CORPUS) first (an unchanged corpus reuses its tables). Another run: make lab CORPUS=data/demo NAME=demo
# opens reports/demo/explore.ipynb, a copy of the explorer with its parameters set to that run.
# A failed analysis stage does not stop it: the explorer opens and names the stage that failed.
# LAB_ARGS passes options to JupyterLab, e.g. LAB_ARGS="--allow-root" in a container that runs as root,
# or LAB_ARGS="--no-browser --port 8899" on a remote machine.
LAB_ARGS ?=
LAB_NOTEBOOK = $(if $(filter seed,$(NAME)),notebooks/explore.ipynb,reports/$(NAME)/explore.ipynb)
lab: $(STAMP)
	-$(PY) -m marsad analyze --corpus $(CORPUS) --out reports/$(NAME)/tables $(HOME_OPTION)
	@if [ "$(NAME)" != seed ]; then \
	  $(VENV)/bin/papermill --prepare-only notebooks/explore.ipynb $(LAB_NOTEBOOK) \
	    -p tables "$(abspath reports/$(NAME)/tables)" -p corpus "$(abspath $(CORPUS))" \
	    -p output_dir "$(abspath reports/$(NAME))"; fi
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/$(LAB_NOTEBOOK) $(LAB_ARGS)

evaluate: $(STAMP)
	$(PY) -m marsad.training evaluate all --datasets $(DATASETS)

train: $(STAMP)
	$(PY) -m marsad.training train topics --datasets $(DATASETS)
	$(PY) -m marsad.training train ner --datasets $(DATASETS)

# Regenerate the pins from the current environment (after adding a dependency).
lock:
	$(PY) -m pip freeze --all --exclude-editable | grep -v -i -E '^(pip|rfc3987-syntax|lark)==' > requirements.lock.tmp
	( echo "# Pinned environment for CPython 3.11, installed with --no-deps (see Makefile). Regenerate: make lock"; cat requirements.lock.tmp ) > requirements.lock
	rm requirements.lock.tmp
	$(PY) tools/write_environment_yml.py

clean:
	rm -rf $(VENV) reports/*/ .pytest_cache .pytest-tmp

# The demo: every report on 559 real CNN Arabic articles (data/demo, ANT corpus; see its README
# for the licence and citation) into reports/demo/ (open reports/demo/index.html).
demo: $(STAMP)
	$(PY) -m marsad report --corpus data/demo --name demo $(REPORT_ARGS)

# Debian's Chromium for the browser tests (no browser is downloaded at run time); needs root.
.PHONY: browser-deps browser-test
browser-deps:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

# Only the browser and hostile-input tests (make test runs them too).
browser-test: $(STAMP)
	$(PY) -m pytest -q $(PYTEST_TMP) tests/test_browser.py tests/test_hostile.py $(PYTEST_ARGS)

# Throughput and peak memory of every stage, the mention baselines, Dask 1 vs 2 workers
# (~15 min on 2 cores; needs $(DATASETS)/ant-*): writes bench/results.json and docs/PERFORMANCE.md.
bench: $(STAMP)
	$(PY) bench/run.py --datasets $(DATASETS) $(BENCH_ARGS)
