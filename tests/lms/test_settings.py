"""Production settings start only with their secrets and pass ``check --deploy``."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "lms.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_check_deploy_prints_no_warnings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY="k3y-for-the-check-" + "q8Zr!xW2@pL5#" * 4,
        DJANGO_ALLOWED_HOSTS="lms.dpk.kalteng.go.id",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", DJANGO_ALLOWED_HOSTS="lms.dpk.kalteng.go.id")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_has_debug_off():
    result = _manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        DJANGO_SECRET_KEY="k3y-for-the-check-" + "q8Zr!xW2@pL5#" * 4,
        DJANGO_ALLOWED_HOSTS="lms.dpk.kalteng.go.id",
        DJANGO_DEBUG="true",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_database_settings_per_engine(monkeypatch):
    """PostgreSQL connections run without JIT; a SQLite file is shared in WAL mode
    with IMMEDIATE transactions (web and worker processes write to it)."""
    from lms.settings.base import database_from_env

    monkeypatch.setenv("LMS_TEST_DB", "postgres://lms@db.example:5432/lms")
    postgres = database_from_env("LMS_TEST_DB", Path("/tmp/unused.sqlite3"))
    assert postgres["ENGINE"] == "django.db.backends.postgresql"
    assert postgres["OPTIONS"]["options"] == "-c jit=off"

    monkeypatch.delenv("LMS_TEST_DB")
    sqlite = database_from_env("LMS_TEST_DB", Path("/tmp/lms-settings/db.sqlite3"))
    assert sqlite["NAME"] == "/tmp/lms-settings/db.sqlite3"
    assert sqlite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in sqlite["OPTIONS"]["init_command"]


def test_postgresql_connection_has_jit_off(db):
    """On the PostgreSQL run, the live connection really runs with jit = off."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (the PostgreSQL run of .ci/run covers it)")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
