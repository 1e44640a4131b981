from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-9a1d"  # noqa: S105 - test settings only
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
DEMO_DATA_ALLOWED = True
# Wagtail queues search-index and reference-index updates as background tasks, run immediately by
# default. Tests that do not search skip them: it halves the time to build a course.
TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
