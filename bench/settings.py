"""Production settings for `make bench`, plus what only the benchmark needs.

The harness (bench/http.py) sets the environment production reads: SECRET_KEY, ALLOWED_HOSTS,
DATABASE_URL (a throwaway database), REDIS_URL (its own Redis database),
QUALITY_MARK_EVIDENCE_ROOT (a temporary folder) and
SECURE_SSL_REDIRECT=false (the load generator says it is HTTPS through X-Forwarded-Proto, as a
TLS proxy would). BENCH_STATIC_ROOT is where it collects the static files."""

import os

from elearning.settings.production import *  # noqa: F403
from elearning.settings.production import BASE_DIR, TEMPLATES

ROOT_URLCONF = "bench.urls"
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", str(BASE_DIR / "static"))
# The calibration page: a plain Wagtail Page (no model of ours) rendered with a minimal template
# that only this settings module can find.
TEMPLATES = [{**TEMPLATES[0], "DIRS": [BASE_DIR / "bench" / "templates", *TEMPLATES[0]["DIRS"]]}]
# The bench database is made for the run and dropped after: the demo course may be loaded into it.
DEMO_DATA_ALLOWED = True
# Quiet access: gunicorn logs nothing per request, Django only errors.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
