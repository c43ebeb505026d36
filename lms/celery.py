"""The Celery app. Workers: ``celery -A lms worker``.

Configuration comes from Django settings prefixed ``CELERY_`` (see settings/base.py).
"""

import os
from pathlib import Path

from celery import Celery
from celery.signals import after_setup_logger

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

app = Celery("lms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def ensure_embedded_folders() -> None:
    """Create the folders of the filesystem broker and result backend if used."""
    options = app.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "control_folder"):
        if options.get(key):
            Path(options[key]).mkdir(parents=True, exist_ok=True)
    backend = str(app.conf.result_backend or "")
    if backend.startswith("file://"):
        Path(backend.removeprefix("file://")).mkdir(parents=True, exist_ok=True)


@app.on_after_configure.connect
def _on_after_configure(sender: Celery, **kwargs: object) -> None:
    ensure_embedded_folders()


@after_setup_logger.connect
def _after_setup_logger(**kwargs: object) -> None:
    ensure_embedded_folders()
