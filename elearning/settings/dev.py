from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-f0c3b1a7e2"  # noqa: S105 - development settings only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# In development the confirmation mail is printed to the console; confirming is optional so a
# developer can sign in straight away. Every other environment makes it mandatory.
ACCOUNT_EMAIL_VERIFICATION = "optional"
DEMO_DATA_ALLOWED = True
