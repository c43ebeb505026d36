# Two commands for a newcomer: `make run` and `make test`. Everything else is optional.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= lms.settings.dev

.PHONY: help install run serve worker migrate demo test test-pg lint format messages css bench clean

help:
	@echo "make run      set up, load demo data, start a Celery worker and the web server"
	@echo "make test     set up and run the whole test suite (SQLite + filesystem broker)"
	@echo "make test-pg  the same suite on PostgreSQL + Redis (see README)"
	@echo "make lint     ruff check and format check"
	@echo "make bench    run the benchmarks, write docs/performance.md"
	@echo "make messages refresh and compile the translation catalogues (needs gettext)"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py seed_demo

# Starts a worker in the background and the web server in the foreground; Ctrl+C stops both.
run: demo
	@mkdir -p var/log
	@echo ""
	@echo "  LMS DPK is starting on http://$(HOST):$(PORT)/"
	@echo "  Wagtail admin: http://$(HOST):$(PORT)/admin/    health: http://$(HOST):$(PORT)/healthz"
	@echo "  Demo logins (password demo12345): admin, pelatih, pelatih2, peserta, peserta2..peserta13,"
	@echo "                                    dpk-kalteng, dpk-palangkaraya, dpk-kaltim"
	@echo "  Celery worker log: var/log/worker.log"
	@echo ""
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/celery -A lms worker --beat --loglevel=INFO --concurrency=2 > var/log/worker.log 2>&1 & worker=$$!; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

worker: install
	$(BIN)/celery -A lms worker --loglevel=INFO

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Needs PostgreSQL and Redis (see README); .ci/run starts them.
test-pg: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/lms} \
	CELERY_BROKER_URL=$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/14} \
	CELERY_RESULT_BACKEND=$${CELERY_RESULT_BACKEND:-redis://127.0.0.1:6379/14} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/15} \
	LMS_NO_SKIP=1 $(BIN)/python -m pytest --create-db $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install
	$(BIN)/python manage.py makemessages -l id -l en --ignore=.venv --ignore=var --ignore=frontend
	$(BIN)/python manage.py compilemessages --ignore=.venv

# Benchmarks: writes docs/performance.md (BENCH_DATABASE_URL=postgres://... to use PostgreSQL).
bench: install
	$(BIN)/python -m bench

css:
	cd frontend && npm ci && npm run build

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
