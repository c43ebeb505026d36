"""Settings of the Celery workers that tests/certificates/test_worker.py starts.

The test settings, with media on disk in a folder the test shares (its own process
uses the same folder), and on Redis a short visibility timeout, so that the task of
a killed worker is handed out again within seconds instead of an hour.
"""

import os

from lms.settings.test import *  # noqa: F403
from lms.settings.test import CELERY_BROKER_URL

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = os.environ["CERTIFICATES_TEST_MEDIA_ROOT"]
if CELERY_BROKER_URL.startswith("redis"):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": 6,
        # sweep for abandoned messages every second (default: every 100 s)
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }
