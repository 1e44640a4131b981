"""Production settings read the environment and refuse to start without what they need."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "learn.example.org",
    "DATABASE_URL": "postgres://user@db.example.org/cse",
    "REDIS_URL": "redis://cache.example.org:6379/0",
    "MFA_ENCRYPTION_KEY": "k" * 40,
}


# The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for Django's live server in this process; a
# production server never has it, and the deployment checks rightly refuse it.
TEST_ONLY = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def _clean_environment() -> dict:
    return {k: v for k, v in os.environ.items() if k not in {*GOOD, *TEST_ONLY}}


def load_production(env: dict) -> subprocess.CompletedProcess:
    clean = _clean_environment()
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


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("short", "MFA_ENCRYPTION_KEY needs at least 32 characters"),
        ("k" * 40 + ",old", "MFA_ENCRYPTION_KEY needs at least 32 characters"),
        ("x" * 50, "MFA_ENCRYPTION_KEY must not be the SECRET_KEY"),
    ],
)
def test_it_refuses_a_weak_two_factor_encryption_key(key, message):
    result = load_production({**GOOD, "MFA_ENCRYPTION_KEY": key})
    assert result.returncode != 0
    assert message in result.stderr


def test_it_starts_with_everything_set_and_runs_secure():
    result = load_production(GOOD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False ['learn.example.org'] True"


def test_it_shares_cache_and_sessions_through_redis():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'elearning.settings.production'; django.setup();"
        "from django.conf import settings;"
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION'], settings.SESSION_ENGINE)"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        env={**_clean_environment(), **GOOD},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache",
        GOOD["REDIS_URL"],
        "django.contrib.sessions.backends.cached_db",
    ]


def test_it_passes_djangos_deployment_checks_with_no_warning():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=Path(__file__).resolve().parent.parent,
        env={
            **_clean_environment(),
            **GOOD,
            "SECRET_KEY": secrets.token_urlsafe(50),  # Django warns about a short or repetitive key
            "DJANGO_SETTINGS_MODULE": "elearning.settings.production",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
