"""Production: secrets have no default, so a missing value stops startup.

Behaviour switches (database, broker, cache, storage, email) are the env variables
read in ``base.py``; see ``.env.example``.
"""

from .base import *  # noqa: F403
from .base import STORAGES, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")  # no default: required
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")  # no default: required

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# HTTPS. Behind a proxy that terminates TLS, it must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"  # Wagtail previews override this for themselves

ADMINS = [("Admin", a) for a in env.list("DJANGO_ADMINS", default=[])]

# Never: demo accounts share a published password.
LMS_DEMO_SEED_ALLOWED = False

# Open Badges credentials are signed only with a configured CERTIFICATES_SIGNING_KEY
# here (python manage.py certificates_keygen), never with one derived from SECRET_KEY.
CERTIFICATES_DERIVED_KEY_ALLOWED = False

# The QR code of every printed certificate is signed with CERTIFICATES_QR_SECRET; here
# it must be set explicitly, never SECRET_KEY's fallback (rotating SECRET_KEY would
# make every printed QR "tampered"). Checked where QR codes are signed or verified.
CERTIFICATES_QR_SECRET_REQUIRED = True
