"""``make bench``: production-like (DEBUG off) on its own database under var/."""

from .base import *  # noqa: F403
from .base import VAR_DIR, database_from_env

DEBUG = False
SECRET_KEY = "bench-secret-key-not-for-production"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Set up like the embedded default (WAL, IMMEDIATE transactions), on its own file.
DATABASES = {
    "default": database_from_env("BENCH_DATABASE_URL", VAR_DIR / "bench.sqlite3")
}
CELERY_TASK_ALWAYS_EAGER = True
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
