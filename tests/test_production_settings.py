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
    "QUALITY_MARK_EVIDENCE_ROOT": "/srv/cse/evidence",
    "MFA_ENCRYPTION_KEY": "k" * 40,
}
ROOT = Path(__file__).resolve().parent.parent


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


def test_it_refuses_a_relative_evidence_folder():
    result = load_production({**GOOD, "QUALITY_MARK_EVIDENCE_ROOT": "private/evidence"})
    assert result.returncode != 0
    assert "Set QUALITY_MARK_EVIDENCE_ROOT to an absolute path." in result.stderr


def test_it_keeps_evidence_where_the_environment_says():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'elearning.settings.production'; django.setup();"
        "from quality_mark.evidence import evidence_storage;"
        "print(evidence_storage().location, evidence_storage().base_url)"
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
    assert result.stdout.split() == ["/srv/cse/evidence", "None"]


def manage_check(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**_clean_environment(), **env, "DJANGO_SETTINGS_MODULE": "elearning.settings.production"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("evidence", "extra", "served"),
    [
        (str(ROOT / "media" / "evidence"), {}, "MEDIA_ROOT"),
        (str(ROOT / "media"), {}, "MEDIA_ROOT"),
        ("/srv/cse/static/evidence", {"STATIC_ROOT": "/srv/cse/static"}, "STATIC_ROOT"),
        (str(ROOT / "elearning" / "static" / "private"), {}, "STATICFILES_DIRS"),
    ],
    ids=["inside-media", "media-itself", "inside-static-root", "inside-static-sources"],
)
def test_the_system_check_stops_evidence_inside_a_served_folder(evidence, extra, served):
    result = manage_check({**GOOD, **extra, "QUALITY_MARK_EVIDENCE_ROOT": evidence})
    assert result.returncode != 0
    assert "quality_mark.E001" in result.stderr
    assert f"is inside {served}" in result.stderr


def test_the_system_check_passes_evidence_outside_the_served_folders():
    result = manage_check({**GOOD, "STATIC_ROOT": "/srv/cse/static", "QUALITY_MARK_EVIDENCE_ROOT": "/srv/cse/evidence"})
    assert result.returncode == 0, result.stderr


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
        cwd=ROOT,
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


def test_it_reads_the_number_of_trusted_proxies_and_refuses_a_bad_one():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'elearning.settings.production'; django.setup();"
        "from django.conf import settings; print(settings.TRUSTED_PROXY_COUNT)"
    )

    def run(env):
        return subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", code],
            env={**_clean_environment(), **env},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    assert run(GOOD).stdout.strip() == "0"
    assert run({**GOOD, "TRUSTED_PROXY_COUNT": "1"}).stdout.strip() == "1"
    for bad in ("-1", "one", "1.5"):
        result = run({**GOOD, "TRUSTED_PROXY_COUNT": bad})
        assert result.returncode != 0
        assert "TRUSTED_PROXY_COUNT must be a whole number, 0 or more" in result.stderr
