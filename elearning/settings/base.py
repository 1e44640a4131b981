"""Settings shared by every environment. Environment-specific files import this and override."""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SERVICE_NAME = "Protect children from exploitation"
SERVICE_SHORT_NAME = "CSE awareness"

INSTALLED_APPS = [
    "elearning.people",
    "elearning.language",
    "elearning.pagecache",
    "home",
    "courses",
    "quality_mark",
    "elearning.insights",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Our form renderer loads Django's own widget templates through TEMPLATES.
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cached page for an anonymous visitor costs no query.
    "elearning.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "elearning.security.SecurityHeadersMiddleware",
    "elearning.security.AreaCSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "elearning.people.mfa.StaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Finds Wagtail pages from the shared cache for everybody (elearning/pagecache/routes.py).
    "elearning.pagecache.routes.RouteCacheMiddleware",
]

ROOT_URLCONF = "elearning.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "elearning.context_processors.service",
                "elearning.pagecache.context_processors.page_cache",
            ],
        },
    },
]

FORM_RENDERER = "elearning.forms.GovukFormRenderer"

WSGI_APPLICATION = "elearning.wsgi.application"

DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "people.User"
# Django's and allauth's, each loading the signed-in user with their two-factor status in one query.
AUTHENTICATION_BACKENDS = [
    "elearning.people.auth_backends.ModelBackend",
    "elearning.people.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts: django-allauth, email is the login.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SERVICE_SHORT_NAME}] "
ACCOUNT_PRESERVE_USERNAME_CASING = False
# Confirming who you are before a sensitive change (a new authenticator, a new email address) takes
# the password or a two-factor code, never a code emailed to the account: whoever holds a stolen
# session may also hold the mailbox.
ACCOUNT_REAUTHENTICATION_METHODS = ["password", "mfa"]
# allauth's default rate limits (login failures, sign up, password reset, confirmation emails)
# stay on; they count in the cache, so production points the cache at Redis.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
    "change_email": "1/m/user",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "courses:my_learning"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SIGNUP_REDIRECT_URL = "people:profile"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
# Uploads live on disk: both folders go in the backup with the database (README: "Backup and restore").
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"
# Quality mark evidence files: private, outside MEDIA_ROOT, served only through a permission-checked
# view. Production reads it from the environment; the quality_mark.E001 check refuses a served folder.
QUALITY_MARK_EVIDENCE_ROOT = Path(os.environ.get("QUALITY_MARK_EVIDENCE_ROOT") or BASE_DIR / "private" / "evidence")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

DEMO_DATA_ALLOWED = False  # dev and test turn it on; load_demo_data refuses to run without it

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous Wagtail pages are kept this long at most (elearning/pagecache); every content change
# clears them at once. 0 turns the page cache off.
PAGE_CACHE_SECONDS = 600

DEFAULT_FROM_EMAIL = "CSE awareness <no-reply@cse-awareness.example>"

WAGTAIL_SITE_NAME = SERVICE_NAME
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# The admin signs in through allauth, so there is one login, one password reset and one set of
# rate limits for everybody.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"  # the admin's page preview frames itself: SAMEORIGIN under /admin/ only
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# Content security policy (django-csp), in every environment so that tests and development run
# under it too. No inline script or style anywhere on the public site; lesson videos come from
# YouTube and Vimeo. The Wagtail admin writes some inline scripts and styles and previews pages
# in a frame of its own, so under /admin/ only these directives are replaced (elearning/security.py).
EMBED_FRAME_SOURCES = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN_REPLACE = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-ancestors": ["'self'"],
}
# The admin neither calls home for new releases nor loads avatars from Gravatar (which would
# tell a third party which staff use it, and break the policy above).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Two-factor authentication (allauth.mfa): an authenticator app and recovery codes, required for
# staff before they reach the admin (elearning/people/mfa.py). Learners and managers may ignore it.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# An authenticator code stays good for one period either side of now (RFC 6238's advice), so a
# code read at the end of its 30 seconds and typed a moment later is not refused.
MFA_TOTP_TOLERANCE = 1
MFA_TOTP_ISSUER = SERVICE_SHORT_NAME
MFA_ADAPTER = "elearning.people.mfa.StaffMFAAdapter"
# allauth's rate limits count per client address as ours do (elearning/ratelimit.py).
ACCOUNT_ADAPTER = "elearning.people.adapters.AccountAdapter"
MFA_REQUIRED_FOR_STAFF = True
# What encrypts each authenticator's secret (and recovery-code seed) in the database: a key of at
# least 32 characters, kept apart from SECRET_KEY so that rotating one never locks staff out or
# unlocks the other. To rotate, list the new key first, comma-separated: the first encrypts, all
# decrypt. Empty means derived from SECRET_KEY: development and tests only; production requires it.
MFA_ENCRYPTION_KEY = os.environ.get("MFA_ENCRYPTION_KEY", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Certificates: "refresher due" from this many days before expiry; the font that draws names in
# every Latin script on the PDF (Debian's fonts-dejavu-core, installed by `make`).
CERTIFICATE_REFRESHER_DAYS = 30
CERTIFICATE_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# Public verification: lookups per address per minute.
VERIFY_RATE_LIMIT = (30, 60)
# How many proxies of our own stand in front of the app and append to X-Forwarded-For (the TLS
# proxy, a load balancer). Every per-address limit finds the client through it
# (elearning.ratelimit.client_address). 0: X-Forwarded-For is ignored, the address is REMOTE_ADDR.
TRUSTED_PROXY_COUNT = 0
