"""Readiness checks for ``/healthz``: can this process reach its database and broker?

Each check returns ``None`` when healthy or a short reason (no secrets, no URLs).
"""

import os
from collections.abc import Callable
from pathlib import Path

from django.db import connection
from kombu import Connection

from lms.celery import app, ensure_embedded_folders

BROKER_TIMEOUT_SECONDS = 2.0


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".strip().rstrip(":")


def database_problem() -> str | None:
    """Run ``SELECT 1`` on the default database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure means "down"
        return _reason(exc)
    return None


def broker_problem() -> str | None:
    """Connect to the Celery broker (for the filesystem broker: its folders)."""
    options = app.conf.broker_transport_options or {}
    try:
        if app.conf.broker_url.startswith("filesystem://"):
            ensure_embedded_folders()
            for key in ("data_folder_in", "data_folder_out"):
                folder = Path(options[key])
                if not os.access(folder, os.W_OK | os.X_OK):
                    return f"broker folder {folder} is not writable"
            return None
        with Connection(
            app.conf.broker_url,
            transport_options=options,
            connect_timeout=BROKER_TIMEOUT_SECONDS,
        ) as conn:
            conn.ensure_connection(
                max_retries=1,
                interval_start=0,
                interval_step=0,
                timeout=BROKER_TIMEOUT_SECONDS,
            )
    except Exception as exc:  # noqa: BLE001 - any failure means "down"
        return _reason(exc)
    return None


CHECKS: dict[str, Callable[[], str | None]] = {
    "database": database_problem,
    "broker": broker_problem,
}


def health_report() -> dict[str, str]:
    """Each check's name mapped to ``"ok"`` or the reason it failed."""
    return {name: (check() or "ok") for name, check in CHECKS.items()}
