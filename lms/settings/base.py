"""Settings shared by every environment.

Everything that varies between deployments is read here through one ``env`` object:
``DJANGO_*`` for Django itself, plain names for infrastructure (``DATABASE_URL``,
``CELERY_BROKER_URL``, ``REDIS_URL``) and the app name for our own settings.
``.env.example`` lists every variable with a comment. The defaults give the embedded
mode: a SQLite file and a filesystem Celery broker under ``var/``, no server needed.
"""

from pathlib import Path

import environ
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# Runtime state of the embedded mode (SQLite file, broker folders, media) lives here.
VAR_DIR = Path(env("LMS_VAR_DIR", default=str(BASE_DIR / "var")))

SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-dev-key-change-me")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Project apps first so their templates override the libraries' ones.
    "lms",
    "courses",
    "certificates",
    "cms",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
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
    # Forms and htmx
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    # Accounts: sign-up, email verification, password reset (no social logins)
    "allauth",
    "allauth.account",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"
ASGI_APPLICATION = "lms.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "courses.context_processors.navigation",
            ],
        },
    },
]


# --- Database -------------------------------------------------------------------
# SQLite under var/ by default; PostgreSQL (or any database) when DATABASE_URL says so.
def database_from_env(variable: str, default_file: Path) -> dict:
    """The database of ``variable`` (a URL), else a SQLite file; SQLite set up for
    several processes (web + worker) sharing the file: wait for locks, WAL."""
    database = env.db_url(variable, default=f"sqlite:///{default_file}")
    database.setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", 60))
    database["CONN_HEALTH_CHECKS"] = True
    if database["ENGINE"] == "django.db.backends.postgresql":
        # JIT compilation pays off for long analytical queries only; here it made
        # short page queries whose row estimates are inflated (CTEs, semi-joins on
        # the office's region) spend more time compiling than running.
        options = database.setdefault("OPTIONS", {})
        options.setdefault("options", "-c jit=off")
    if database["ENGINE"] == "django.db.backends.sqlite3":
        Path(database["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        database["CONN_MAX_AGE"] = 0
        database.setdefault("OPTIONS", {}).update(
            {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            }
        )
    return database


DATABASES = {"default": database_from_env("DATABASE_URL", VAR_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions --------------------------------------------------------------
# Web processes keep no state of their own: sessions live in the database, or in
# Redis backed by the database when REDIS_URL is set.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lms",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Auth -------------------------------------------------------------------
AUTH_USER_MODEL = "courses.User"
AUTHENTICATION_BACKENDS = [
    # Permissions, and the Wagtail and Django admin logins.
    "django.contrib.auth.backends.ModelBackend",
    # The site's login: by username or by email.
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Learners sign up themselves (django-allauth, account app only) and must verify
# their email before the first login. Rate limits are allauth's defaults.
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# Profile, institution and consent are asked at sign-up and saved with the account.
ACCOUNT_FORMS = {
    "login": "courses.forms.LoginForm",
    "signup": "courses.forms.SignupForm",
}
# The Wagtail admin's own login lets in only people who may use the admin.
WAGTAILADMIN_USER_LOGIN_FORM = "courses.forms.AdminLoginForm"
# Same name as WAGTAIL_SITE_NAME below; without django.contrib.sites allauth would
# put the host name in every subject.
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{env('LMS_SITE_NAME', default='LMS DPK')}] "

# --- Language and time -----------------------------------------------------------
# Indonesian first: unprefixed URLs are Indonesian, English lives under /en/.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["lms.formats"]
TIME_ZONE = env("LMS_TIME_ZONE", default="Asia/Jakarta")
USE_I18N = True
USE_TZ = True

# --- Static and media files ----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", default=str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", default=str(VAR_DIR / "media")))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on S3-compatible storage (MinIO, AWS, Wasabi...) when a bucket is configured.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID", default=None)
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False

# --- Email -------------------------------------------------------------------------
# Written to files under var/mail by default; SMTP through EMAIL_URL (smtp://user:pw@host:587).
EMAIL_URL = env("EMAIL_URL", default="")
if EMAIL_URL:
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = env(
    "DJANGO_DEFAULT_FROM_EMAIL", default="LMS DPK <no-reply@lms.example.id>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery -------------------------------------------------------------------------
# The embedded default is kombu's filesystem transport: a real queue between the web
# process and a worker process, with no server. CELERY_BROKER_URL=redis://... (or
# amqp://...) switches to a real broker for several workers on several machines.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="filesystem://")
CELERY_BROKER_FOLDER = Path(
    env("CELERY_BROKER_FOLDER", default=str(VAR_DIR / "celery" / "broker"))
)
if CELERY_BROKER_URL.startswith("filesystem://"):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_FOLDER),
        "data_folder_out": str(CELERY_BROKER_FOLDER),
        "control_folder": str(CELERY_BROKER_FOLDER / "control"),
        "store_processed": False,
    }
CELERY_RESULT_BACKEND = env(
    "CELERY_RESULT_BACKEND", default=f"file://{VAR_DIR / 'celery' / 'results'}"
)
CELERY_RESULT_EXPIRES = 24 * 3600
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A task is acknowledged only once done, so a worker killed mid-task hands it to
# another; tasks are written to be idempotent for that reason.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
# Periodic tasks, run by one `celery -A lms beat` (or a worker started with -B).
CELERY_BEAT_SCHEDULE = {
    # 16.00 WIB = 17.00 WITA = 18.00 WIT: "tomorrow" is the same day everywhere.
    "attendance-session-reminders": {
        "task": "courses.tasks.attendance.session_reminders_send",
        "schedule": crontab(hour=16, minute=0),
    },
    # Attempts abandoned past their deadline are closed and scored.
    "assessments-close-expired-attempts": {
        "task": "courses.tasks.assessments.attempts_close_expired",
        "schedule": crontab(minute="*/10"),
    },
    # A certificate PDF whose task was lost (a killed worker) is queued again.
    "certificates-render-pending": {
        "task": "certificates.tasks.certificate_render_pending",
        "schedule": crontab(minute="*/15"),
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celery" / "beat-schedule")

# --- Wagtail -----------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("LMS_SITE_NAME", default="LMS DPK")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_DOCUMENT_MODEL = "cms.ReferenceDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "pptx", "csv", "zip"]
# PostgreSQL full-text search with the Indonesian stemmer; SQLite FTS5 otherwise.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "indonesian",
    }
}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 8 * 1024 * 1024

# --- Forms -------------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Logging -----------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LMS_LOG_LEVEL", default="INFO")},
    # Wagtail's background index updates log every run at INFO.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # the filesystem broker warns that it has no host name on every connection
        "kombu.connection": {"level": "ERROR"},
    },
}

# --- Courses -------------------------------------------------------------------------
# Length of one jam pelajaran (JP) in minutes; each course can override it.
LMS_JP_MINUTES = env.int("LMS_JP_MINUTES", default=45)

# --- Certificates -----------------------------------------------------------------------
# Absolute address printed in every certificate's QR code (the public /verify/ page).
CERTIFICATES_BASE_URL = env("CERTIFICATES_BASE_URL", default=WAGTAILADMIN_BASE_URL)
# Key of the QR signature (a forged code is recognised as such). Empty: SECRET_KEY.
# Keep it once certificates are printed: changing it makes every printed QR "tampered".
CERTIFICATES_QR_SECRET = env("CERTIFICATES_QR_SECRET", default="")
# Ed25519 private key (base64url of the 32-byte seed) that signs the Open Badges
# credentials. Empty: derived from SECRET_KEY (development and tests only; refused
# by production.py). Generate: python manage.py certificates_keygen
CERTIFICATES_SIGNING_KEY = env("CERTIFICATES_SIGNING_KEY", default="")
CERTIFICATES_DERIVED_KEY_ALLOWED = True
# After a key change: the public keys ("x", base64url) of the earlier signing keys,
# comma-separated, still published so credentials signed with them keep verifying.
CERTIFICATES_RETIRED_PUBLIC_KEYS = env.list(
    "CERTIFICATES_RETIRED_PUBLIC_KEYS", default=[]
)
# Production sets this: no QR signature with SECRET_KEY's fallback.
CERTIFICATES_QR_SECRET_REQUIRED = False
# Who signs when no certificate template applies (an office adds templates).
CERTIFICATES_SIGNATORY_NAME = env("CERTIFICATES_SIGNATORY_NAME", default="")
CERTIFICATES_SIGNATORY_POSITION = env("CERTIFICATES_SIGNATORY_POSITION", default="")
CERTIFICATES_SIGNATORY_NIP = env("CERTIFICATES_SIGNATORY_NIP", default="")
# Tests only: seconds the PDF task sleeps before saving (to kill a worker mid-task).
CERTIFICATES_RENDER_DELAY_SECONDS = env.float(
    "CERTIFICATES_RENDER_DELAY_SECONDS", default=0
)

# --- Demo data -------------------------------------------------------------------------
# seed_demo creates accounts with a published password; production.py turns it off.
LMS_DEMO_SEED_ALLOWED = env.bool("LMS_DEMO_SEED_ALLOWED", default=True)
