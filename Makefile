# Two commands on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: site test test-fast lint serve data snapshot validate bench clean browser

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --editable .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the browser tests (no browser download is possible here).
browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }

## Build the whole site into site/: validate → generate → mkdocs build (atomic).
site: $(STAMP)
	$(PY) -m kommunale_jobcenter build

## Run every test: lint, unit, data, build, browser (Playwright + Chromium + axe-core).
## The last line is pytest's count of the tests that ran.
test: $(STAMP) node_modules/.installed browser
	$(PY) -m ruff check kommunale_jobcenter tests
	$(PY) -m pytest -q -p no:cacheprovider -n 2 --dist loadfile --no-loadscope-reorder

## The fast loop: lint, unit and data tests, no site build and no browser.
test-fast: $(STAMP)
	$(PY) -m ruff check kommunale_jobcenter tests
	$(PY) -m pytest -q -p no:cacheprovider -m "not build and not browser and not slow"

lint: $(STAMP)
	$(PY) -m ruff check kommunale_jobcenter tests

validate: $(STAMP)
	$(PY) -m kommunale_jobcenter validate

## Re-import the raw snapshots (raw/) into data/.
data: $(STAMP)
	$(PY) -m kommunale_jobcenter import

## Take a new raw delivery (the folder kommunale_jobcenter/snapshot.py names) into raw/, with checksums; then `make data`.
snapshot: $(STAMP)
	$(PY) -m kommunale_jobcenter snapshot

serve: site
	$(PY) -m http.server --directory site --bind 127.0.0.1 8000

## Measurements; Lighthouse (node_modules) runs Debian's Chromium on five pages.
bench: $(STAMP) node_modules/.installed browser
	$(PY) -m kommunale_jobcenter.bench

clean:
	rm -rf site .build .cache
