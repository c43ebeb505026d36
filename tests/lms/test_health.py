import pytest
from django.db.utils import OperationalError

from lms import health


def test_healthz_answers_200_when_database_and_broker_answer(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "broker": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_with_reason_when_broker_is_down(client, db, monkeypatch):
    # Port 9 (discard) has nothing listening on loopback: a real refused connection.
    # Celery reads CELERY_BROKER_URL from the environment before its own settings;
    # patch the setting first so that undoing restores its real value.
    monkeypatch.setattr(health.app.conf, "broker_url", "redis://127.0.0.1:9/0")
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:9/0")

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["broker"] != "ok"
    assert "Error" in body["checks"]["broker"]


def test_healthz_answers_503_with_reason_when_database_is_down(client, db, monkeypatch):
    class UnreachableDatabase:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr(health, "connection", UnreachableDatabase())

    response = client.get("/healthz")

    assert response.status_code == 503
    assert (
        response.json()["checks"]["database"] == "OperationalError: connection refused"
    )


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_healthz_only_answers_get(client, db, method):
    assert getattr(client, method)("/healthz").status_code == 405
