"""Production: everything that differs between deployments comes from the environment, and a
missing value stops the process at start-up instead of running with a guess."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_count(name: str, default: int) -> int:
    """A whole number of 0 or more from the environment, or the default when it is not set."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit():
        raise ImproperlyConfigured(f"{name} must be a whole number, 0 or more (it is {value!r}).")
    return int(value)


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in env("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS]
DATABASES = {"default": dj_database_url.parse(env("DATABASE_URL"), conn_max_age=60, conn_health_checks=True)}

# Encrypts the staff's authenticator secrets at rest (elearning/people/mfa.py; base.py says how to
# rotate it). Its own key: a database dump and SECRET_KEY together must not yield staff codes.
MFA_ENCRYPTION_KEY = env("MFA_ENCRYPTION_KEY")
if any(len(key.strip()) < 32 for key in MFA_ENCRYPTION_KEY.split(",")):
    raise ImproperlyConfigured("MFA_ENCRYPTION_KEY needs at least 32 characters (each key, if several).")
if SECRET_KEY in (key.strip() for key in MFA_ENCRYPTION_KEY.split(",")):
    raise ImproperlyConfigured("MFA_ENCRYPTION_KEY must not be the SECRET_KEY.")

# One Redis for every worker on every host: the cache, so sign-in, verification and reminder rate
# limits and allauth's used-TOTP-code record are counted once, not once per worker. Sessions are
# written to the database and read through the cache, so a restart of Redis signs nobody out and
# any worker can carry on any session. Without a shared cache the rate limits would be per worker,
# so production refuses to start without it.
REDIS_URL = env("REDIS_URL")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "cse",
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Anonymous pages from the shared cache (elearning/pagecache): the longest a page is kept, 0 = off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", PAGE_CACHE_SECONDS))  # noqa: F405

# Schools' safeguarding evidence: private files, served only through a permission-checked view.
# An absolute path on storage that survives deploys and is backed up; the quality_mark.E001 system
# check refuses a folder inside MEDIA_ROOT, STATIC_ROOT or STATICFILES_DIRS.
QUALITY_MARK_EVIDENCE_ROOT = Path(env("QUALITY_MARK_EVIDENCE_ROOT"))
if not QUALITY_MARK_EVIDENCE_ROOT.is_absolute():
    raise ImproperlyConfigured("Set QUALITY_MARK_EVIDENCE_ROOT to an absolute path.")

STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
STATIC_ROOT = os.environ.get("STATIC_ROOT", STATIC_ROOT)  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The proxies in front of the app that append to X-Forwarded-For: 1 behind a TLS proxy, 2 behind a
# load balancer and a proxy. Per-address limits (sign-in, verification, surveys) need it, or every
# request seems to come from the proxy.
TRUSTED_PROXY_COUNT = env_count("TRUSTED_PROXY_COUNT", 0)
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The __Host- prefix makes the browser refuse these cookies unless they are secure, for this exact
# host and path /, so a sibling subdomain can never set or overwrite them.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", f"https://{ALLOWED_HOSTS[0].lstrip('.')}")
