"""Production settings read the environment and refuse to start without what they need."""

import os
import subprocess
import sys

import pytest

GOOD = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "learn.example.org",
    "DATABASE_URL": "postgres://user@db.example.org/cse",
}


def load_production(env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {*GOOD, "DJANGO_SETTINGS_MODULE", "REDIS_URL"}}
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'elearning.settings.production'; django.setup();"
        "from django.conf import settings;"
        "print(settings.DEBUG, settings.ALLOWED_HOSTS, settings.SESSION_COOKIE_SECURE)"
    )
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize("missing", sorted(GOOD))
def test_it_fails_loudly_without_each_required_variable(missing):
    result = load_production({k: v for k, v in GOOD.items() if k != missing})
    assert result.returncode != 0
    assert f"Set the {missing} environment variable." in result.stderr


def test_it_starts_with_everything_set_and_runs_secure():
    result = load_production(GOOD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False ['learn.example.org'] True"
