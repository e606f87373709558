# Every target documents itself: `make` (or `make help`) lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PORT ?= 8000
# Test processes; the suite runs in parallel, one database per process.
PYTEST_WORKERS ?= 2
PYTHON ?= python3
# uv from PATH, or a private copy bootstrapped with pip on first use.
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
MANAGE := $(UV) run --frozen python manage.py

.PHONY: help install run serve bench migrate demo test test-browser lint format messages check-messages compile-messages

help: ## List the targets with a one-line description each
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}'

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv

install: $(UV) ## Install the locked dependencies into .venv (installs uv first if missing)
	$(UV) sync --frozen

compile-messages: install ## Compile the translation catalogues
	@$(MANAGE) catalogue compile

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate ## Load the bilingual demo content (idempotent)
	$(MANAGE) load_demo

run: demo compile-messages ## Install, migrate, load demo content, print how to sign in and serve on http://127.0.0.1:8000/ (PORT=… to change)
	@PUBLIC_URL=$${PUBLIC_URL:-http://127.0.0.1:$(PORT)} $(MANAGE) local_account --uv "$(UV)"
	PUBLIC_URL=$${PUBLIC_URL:-http://127.0.0.1:$(PORT)} $(MANAGE) runserver 127.0.0.1:$(PORT)

serve: install ## Production-like: gunicorn + WhiteNoise, production settings, on PostgreSQL and Redis (REDIS_URL= for none)
	@redis="$${REDIS_URL-redis://127.0.0.1:6379/0}"; if [ -n "$$redis" ]; then \
	  echo "Every worker shares the content generation (database) and the cache (Redis, $$redis)."; \
	else echo "Every worker shares the content generation and the cache (database table portal_cache)."; fi
	DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY=$${SECRET_KEY:-local-serve-only-$$(hostname)} \
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal} \
	REDIS_URL=$${REDIS_URL-redis://127.0.0.1:6379/0} \
	HTTPS=false SERVE_MEDIA=true \
	bash -c '$(MANAGE) migrate --no-input && $(MANAGE) catalogue compile && $(MANAGE) collectstatic --no-input -v0 && $(UV) run --frozen gunicorn -c gunicorn.conf.py'

bench: install ## Benchmark on PostgreSQL + Redis with gunicorn and wrk; prints a table (BENCH_PAGES=2000; BENCH_SCALE=1 for bench-scale)
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	@if [ "$${BENCH_SCALE:-}" = 1 ]; then $(UV) run --frozen python bench/scale.py; else $(UV) run --frozen python bench/run.py; fi

.PHONY: bench-scale
bench-scale: install ## Flat cost as the portal grows: news, toolbox and search p95 at 2,000 vs 100,000 pages (within 1.5x)
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(UV) run --frozen python bench/scale.py

.PHONY: bench-invalidation
bench-invalidation: install ## After `make bench`: share of cached pages still hits after one publish (body edit, new title) made from another process
	$(UV) run --frozen python bench/invalidation.py

.PHONY: bench-lighthouse
bench-lighthouse: install ## Lighthouse's four scores for every page type in both languages at 375 px (demo content, as in production)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	npm ci --prefix bench/lighthouse --no-audit --no-fund --loglevel=error
	BENCH_DATABASE=$${BENCH_DATABASE:-portal_lighthouse} $(UV) run --frozen python -m bench.lighthouse

.PHONY: bench-search
bench-search: install ## Search relevance (MRR, nDCG@3 on SQLite and PostgreSQL) and latency at 10,000 pages (PAGES=…)
	$(UV) run --frozen python bench/search_bench.py

.PHONY: bench-chooser
bench-chooser: install ## Term chooser with 11,000 municipalities: median and p95 of the edit form and the search (RUNS=…)
	$(UV) run --frozen python bench/chooser_bench.py

lint: install ## Check code style and common errors with ruff, and the layers contract (import-linter)
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen lint-imports

format: install ## Reformat the code and fix what ruff can fix
	$(UV) run --frozen ruff check --fix .
	$(UV) run --frozen ruff format .

messages: install ## Update the German catalogue from the code, then compile it
	$(MANAGE) catalogue update
	$(MANAGE) catalogue compile

check-messages: install ## Fail when the catalogue is stale or has untranslated strings
	$(MANAGE) catalogue check

test: lint check-messages compile-messages ## Lint, system checks, migration and catalogue checks, then pytest (DATABASE_URL picks the database)
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	$(UV) run --frozen pytest -n $(PYTEST_WORKERS) --dist loadgroup --ignore=tests/browser

test-browser: compile-messages ## Browser tests in Debian's Chromium (journeys, axe-core, responsive, privacy); artefacts in test-artifacts/browser/
	@test -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" || { echo "Chromium is missing: apt-get install chromium" >&2; exit 1; }
	@command -v java >/dev/null || { echo "Java (for the Nu Html Checker) is missing: apt-get install default-jre-headless" >&2; exit 1; }
	npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
	$(UV) run --frozen pytest tests/browser -p no:xdist --output test-artifacts/browser/failures --screenshot only-on-failure

.PHONY: lexicon
lexicon: install ## Rebuild the German word list of the compound splitter from wordfreq
	$(UV) run --frozen python -m search.lexicon.build
