"""The only settings module. Everything comes from environment variables.

Each variable is read through ``nbgallery.lib.env.Env`` (which also accepts
``NAME_FILE``); the README lists every one of them, and a test keeps the two
in step. Wrong values do not crash the import: they are collected in
``NBGALLERY_CONFIG_ERRORS`` and stop start-up through a system check.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from nbgallery import plugins
from nbgallery.lib.database_url import DatabaseUrlError, parse_database_url, sqlite_database
from nbgallery.lib.env import Env
from nbgallery.lib.secrets import load_or_create_secret

env = Env()

# --- Where things live -------------------------------------------------------
DATA_DIR = Path(env.string("NBGALLERY_DATA_DIR", "data")).expanduser().resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env.boolean("NBGALLERY_DEBUG", False)
SECRET_KEY = env.string("NBGALLERY_SECRET_KEY") or load_or_create_secret(DATA_DIR / "secret_key")
SITE_NAME = env.string("NBGALLERY_SITE_NAME", "NBGallery")
ALLOWED_HOSTS = env.items("NBGALLERY_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.items("NBGALLERY_CSRF_TRUSTED_ORIGINS")

# --- Database -----------------------------------------------------------------
database_url = env.string("DATABASE_URL")
try:
    DATABASES = {
        "default": parse_database_url(database_url)
        if database_url
        else sqlite_database(DATA_DIR / "nbgallery.sqlite3")
    }
except DatabaseUrlError as error:
    env.errors.append(str(error))
    # A harmless stand-in so that Django can start far enough to report the error.
    DATABASES = {"default": sqlite_database(Path(":memory:"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Plugins ------------------------------------------------------------------
NBGALLERY_PLUGINS = env.items("NBGALLERY_PLUGINS")
plugin_manager, plugin_errors = plugins.configure(NBGALLERY_PLUGINS)
env.errors.extend(plugin_errors)

# --- Applications ---------------------------------------------------------------
INSTALLED_APPS = [
    # Ours first, so that our templates override those of the packages below.
    "nbgallery",
    "nbgallery.accounts",
    "nbgallery.jobs",
    "nbgallery.rendering",
    "nbgallery.notebooks",
    "nbgallery.jupyter",
    "nbgallery.usage",
    "nbgallery.search",
    "nbgallery.diffs",
    "nbgallery.changes",
    "nbgallery.social",
    "nbgallery.deprecations",
    "nbgallery.notifications",
    "nbgallery.health",
    "nbgallery.reviews",
    "nbgallery.recommendations",
    "nbgallery.dashboards",
    *plugins.django_apps(),
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "allauth.headless",
    "django_tasks",
    "django_tasks_db",
    "bootstrap",
    "django_htmx",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "nbgallery.middleware.jupyter_cors",
    "nbgallery.middleware.security_headers",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "nbgallery.urls"
WSGI_APPLICATION = "nbgallery.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nbgallery.context_processors.site",
            ],
        },
    },
]

# --- Accounts -------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
NBGALLERY_SIGNUP_OPEN = env.boolean("NBGALLERY_SIGNUP_OPEN", True)
NBGALLERY_ALLOWED_EMAIL_DOMAINS = [d.lower() for d in env.items("NBGALLERY_ALLOWED_EMAIL_DOMAINS")]
NBGALLERY_REQUIRE_APPROVAL = env.boolean("NBGALLERY_REQUIRE_APPROVAL", False)
NBGALLERY_ADMIN_USER = env.string("NBGALLERY_ADMIN_USER", "admin")
NBGALLERY_ADMIN_PASSWORD = env.string("NBGALLERY_ADMIN_PASSWORD")
NBGALLERY_ADMIN_EMAIL = env.string("NBGALLERY_ADMIN_EMAIL", "admin@localhost")
# The gallery's public address, for links in emails (no request to take it from).
NBGALLERY_BASE_URL = env.string("NBGALLERY_BASE_URL", "http://localhost:8000")
# The local hour from which each day's digest email goes out.
NBGALLERY_DIGEST_HOUR = env.integer("NBGALLERY_DIGEST_HOUR", 6, minimum=0)
# Scheduled jobs (jobs/registry.py): the local hour the nightly ones run.
NBGALLERY_NIGHTLY_HOUR = env.integer("NBGALLERY_NIGHTLY_HOUR", 2, minimum=0)
# PostgreSQL's work_mem while a job runs (jobs/runner.py); web requests keep the server's.
NBGALLERY_JOB_WORK_MEM = env.string("NBGALLERY_JOB_WORK_MEM", "256MB")
NBGALLERY_HEALTH_WINDOW_DAYS = env.integer("NBGALLERY_HEALTH_WINDOW_DAYS", 30, minimum=1)
# Peer reviews (reviews/config.py); an empty list switches reviews off.
NBGALLERY_REVIEW_TYPES = env.items(
    "NBGALLERY_REVIEW_TYPES", ["technical", "functional", "compliance"]
)
NBGALLERY_PRIVATE_NOTEBOOK_REVIEWS = env.boolean("NBGALLERY_PRIVATE_NOTEBOOK_REVIEWS", False)
NBGALLERY_EDITORS_MAY_PROPOSE_REVIEWS = env.boolean("NBGALLERY_EDITORS_MAY_PROPOSE_REVIEWS", True)
NBGALLERY_REVIEW_CARRY_FORWARD = env.boolean("NBGALLERY_REVIEW_CARRY_FORWARD", True)
NBGALLERY_REVIEW_REPROPOSE_UNAPPROVED = env.boolean("NBGALLERY_REVIEW_REPROPOSE_UNAPPROVED", True)
NBGALLERY_REVIEW_RECENT_DAYS = env.integer("NBGALLERY_REVIEW_RECENT_DAYS", 365, minimum=1)
# Recommendations (recommendations/jobs.py).
NBGALLERY_RECOMMENDATION_ACTIVITY_DAYS = env.integer(
    "NBGALLERY_RECOMMENDATION_ACTIVITY_DAYS", 90, minimum=1
)
NBGALLERY_RECOMMENDATION_RECENT_DAYS = env.integer(
    "NBGALLERY_RECOMMENDATION_RECENT_DAYS", 30, minimum=1
)
NBGALLERY_RECOMMENDATION_NEIGHBOURS = env.integer(
    "NBGALLERY_RECOMMENDATION_NEIGHBOURS", 25, minimum=1
)
NBGALLERY_RECOMMENDATION_NOTEBOOKS_PER_USER = env.integer(
    "NBGALLERY_RECOMMENDATION_NOTEBOOKS_PER_USER", 200, minimum=1
)
NBGALLERY_RECOMMENDATION_NEW_USER_TAGS = env.items(
    "NBGALLERY_RECOMMENDATION_NEW_USER_TAGS", ["trusted", "buildingblocks", "examples"]
)

ACCOUNT_ADAPTER = "nbgallery.accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "nbgallery.accounts.forms.SignupProfileForm"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = env.choice(
    "NBGALLERY_EMAIL_VERIFICATION", "optional", ("none", "optional", "mandatory")
)
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USERNAME_BLACKLIST = ["me"]
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
LOGIN_REDIRECT_URL = "/"
LOGIN_URL = "account_login"
HEADLESS_ONLY = False

# --- HTTP, cookies and HTTPS -----------------------------------------------------
# Jupyter shares the host with us in local set-ups, and cookies are not isolated
# by port: our cookie names must never collide with Jupyter's (_xsrf, username-*).
SESSION_COOKIE_NAME = "nbgallery_session"
CSRF_COOKIE_NAME = "nbgallery_csrftoken"
SESSION_COOKIE_AGE = 12 * 60 * 60
CSRF_FAILURE_VIEW = "nbgallery.views.csrf_failure"
NBGALLERY_HTTPS = env.boolean("NBGALLERY_HTTPS", False)
if NBGALLERY_HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # The TLS-terminating proxy in front of us tells us the request was https.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    # Jupyter on another site sends our cookies only if they are SameSite=None.
    SESSION_COOKIE_SAMESITE = "None"
    CSRF_COOKIE_SAMESITE = "None"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Origins allowed to call the Jupyter endpoints with the user's cookies ("*": any).
NBGALLERY_CORS_ORIGINS = env.items("NBGALLERY_CORS_ORIGINS", ["*"])
NBGALLERY_CORS_EXTRA_PATHS = env.items("NBGALLERY_CORS_EXTRA_PATHS")

# --- Static and uploaded files ----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"  # only filled by `nbgallery collectstatic`, for a front proxy
STATIC_ROOT.mkdir(exist_ok=True)
# Served straight from the installed packages: nothing to collect, nothing from a CDN.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
# MathJax 2.7 is served from the jupyter-server-mathjax package, as /static/mathjax/...
# (found without importing it: the package itself would import jupyter_server).
_mathjax = importlib.util.find_spec("jupyter_server_mathjax")
STATICFILES_DIRS = (
    [("mathjax", str(Path(_mathjax.origin).parent / "static"))]
    if _mathjax is not None and _mathjax.origin
    else []
)
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": DATA_DIR / "files"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Notebooks ------------------------------------------------------------------
NBGALLERY_MAX_NOTEBOOK_BYTES = env.integer(
    "NBGALLERY_MAX_NOTEBOOK_BYTES", 16 * 1024 * 1024, minimum=1024
)
# Request bodies may carry a whole notebook (raw JSON uploads from Jupyter).
DATA_UPLOAD_MAX_MEMORY_SIZE = NBGALLERY_MAX_NOTEBOOK_BYTES + 1024 * 1024
NBGALLERY_PUBLIC_BY_DEFAULT = env.boolean("NBGALLERY_PUBLIC_BY_DEFAULT", False)
NBGALLERY_TERMS_OF_SERVICE = env.string(
    "NBGALLERY_TERMS_OF_SERVICE",
    "I have the right to share this notebook, and it holds no data that must not be shared "
    "with the people I share it with.",
)
NBGALLERY_RESTRICTED_TAGS = env.items("NBGALLERY_RESTRICTED_TAGS", ["trusted", "buildingblocks"])
NBGALLERY_STAGE_MAX_AGE_HOURS = env.integer("NBGALLERY_STAGE_MAX_AGE_HOURS", 6, minimum=1)
NBGALLERY_NOTEBOOKS_PER_PAGE = env.integer("NBGALLERY_NOTEBOOKS_PER_PAGE", 20, minimum=1)
# Whether Jupyter may report cell runs (protocol G10): they feed "recently executed"
# and notebook health, and say who ran what, which some sites may not want recorded.
NBGALLERY_INSTRUMENTATION = env.boolean("NBGALLERY_INSTRUMENTATION", True)

# --- Email ------------------------------------------------------------------------
EMAIL_HOST = env.string("NBGALLERY_EMAIL_HOST")
EMAIL_PORT = env.integer("NBGALLERY_EMAIL_PORT", 587, minimum=1)
EMAIL_HOST_USER = env.string("NBGALLERY_EMAIL_USER")
EMAIL_HOST_PASSWORD = env.string("NBGALLERY_EMAIL_PASSWORD")
EMAIL_USE_TLS = env.boolean("NBGALLERY_EMAIL_USE_TLS", True)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env.string("NBGALLERY_EMAIL_FROM", "nbgallery@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background jobs ----------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
NBGALLERY_WEB_WORKERS = env.integer(
    "NBGALLERY_WEB_WORKERS", min(2 * (os.cpu_count() or 1) + 1, 8), minimum=1
)
NBGALLERY_SCHEDULER_INTERVAL = env.integer("NBGALLERY_SCHEDULER_INTERVAL", 30, minimum=1)

# --- Locale and logging ---------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = env.string("NBGALLERY_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

LOG_LEVEL = env.choice("NBGALLERY_LOG_LEVEL", "info", ("debug", "info", "warning", "error")).upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}

NBGALLERY_SETTINGS_READ = sorted(set(env.names))
NBGALLERY_CONFIG_ERRORS = env.errors
