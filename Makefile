# The README's two commands: `make run` and `make test`. Everything they need is set up here.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test lock install fonts frontend migrate demo lint check e2e bench drills clean

FONT := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

## Python virtualenv and dependencies, at the versions pinned in constraints.txt; re-run when
## either file changes.
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

## Resolve pyproject.toml's ranges afresh in a throwaway virtualenv and pin the result.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e ".[dev]"
	{ sed -n '/^#/p' constraints.txt; .lock-venv/bin/python -m pip freeze --exclude-editable; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf .lock-venv

## GOV.UK Frontend and our Sass, compiled into elearning/static/dist (not committed).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

elearning/static/dist/.built: node_modules/.installed $(shell find elearning/static_src scripts -type f 2>/dev/null)
	npm run --silent build
	touch $@

## Certificates draw names in every Latin script with Debian's DejaVu fonts.
fonts:
	@test -f $(FONT) || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get install -y -qq fonts-dejavu-core >/dev/null || { apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null; }; \
	  else echo "Certificates need the DejaVu fonts: sudo apt-get install fonts-dejavu-core" >&2; exit 1; fi; }

install: $(VENV)/.installed fonts
frontend: elearning/static/dist/.built

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo_data

## The demo is loaded on the first run only, so what you change in the admin stays changed.
run: install frontend migrate
	$(PY) manage.py load_demo_data --if-empty
	@# Four years of made-up training history, so the insights dashboards have figures to show.
	$(PY) manage.py generate_activity --learners 500 --seed 1 --if-empty
	@# A migration may have emptied a rollup table: the dashboards read what this rebuilds.
	$(PY) manage.py refresh_insights
	@echo
	@echo "Demo accounts (password learn-safely-2026): learner@, manager@, editor@, assessor@, analyst@ and admin@example.com"
	@echo "Staff (editor@, assessor@, analyst@, admin@) then enter a two-factor code: run '$(PY) manage.py demo_totp' for the current one"
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install frontend
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@# pytest exits 5 when it collected nothing: say so, and fail.
	$(PY) -m pytest -n 2 $(PYTEST_ARGS) || { status=$$?; [ $$status -ne 5 ] || echo "pytest collected no tests" >&2; exit $$status; }

e2e: install frontend
	$(PY) -m pytest tests/e2e -m e2e $(PYTEST_ARGS)

## Benchmarks print figures; they are not tests and assert nothing.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/cse_bench
## BENCH_ARGS go to the HTTP run, which also times the insights dashboards on its data:
## `make bench BENCH_ARGS=--national` (bench/README.md).
BENCH_ARGS ?=
bench: install frontend
	$(PY) -m bench.certificate_pdf
	psql "$(dir $(BENCH_DATABASE_URL))postgres" -qc "DROP DATABASE IF EXISTS cse_bench" -c "CREATE DATABASE cse_bench"
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -m bench.dashboard
	$(PY) -m bench.http $(BENCH_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/bandit -c pyproject.toml -r elearning courses quality_mark home scripts --severity-level medium -q

## Production drills on the local PostgreSQL and Redis: two app servers sharing sessions and rate
## limits, and a backup restored into a fresh database (README: "Production deployment").
drills: install
	$(PY) scripts/scale_out_check.py
	bash scripts/backup_drill.sh

clean:
	rm -rf $(VENV) node_modules elearning/static/dist static db.sqlite3
