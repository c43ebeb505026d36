"""A real Celery worker process takes a task from the real broker.

On the embedded run that broker is the filesystem transport under var/; on the
PostgreSQL + Redis run it is Redis. The task runs in another process and answers
with the database it reached, which must be this test's database.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from celery.result import allow_join_result
from django.db import connection

from lms.celery import app
from lms.tasks import worker_ping

ROOT = Path(__file__).resolve().parents[2]


def _database_url_for_worker() -> str:
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    if connection.vendor == "postgresql":
        auth = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
        return f"postgres://{auth}@{params['HOST'] or 'localhost'}:{params['PORT'] or 5432}/{params['NAME']}"
    pytest.skip(f"no worker database URL for {connection.vendor}")


@pytest.fixture
def not_eager():
    """Send through the broker even though the test settings run tasks eagerly."""
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = True


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_real_worker_process_runs_a_task_from_the_broker(not_eager, tmp_path):
    queue = f"test-{uuid.uuid4().hex[:10]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": _database_url_for_worker(),
        "CELERY_BROKER_URL": app.conf.broker_url,
        "CELERY_RESULT_BACKEND": str(app.conf.result_backend),
    }
    log = tmp_path / "worker.log"
    with log.open("w") as log_file:
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "lms",
                "worker",
                "--pool=solo",
                "--queues",
                queue,
                "--hostname",
                f"{queue}@%h",
                "--without-gossip",
                "--without-mingle",
                "--loglevel=INFO",
            ],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        token = uuid.uuid4().hex
        result = worker_ping.apply_async(kwargs={"token": token}, queue=queue)
        # Eager tasks run from several threads (the concurrency tests) can leave
        # Celery's process-wide "inside a task" flag set; this test is not a task.
        with allow_join_result():
            reply = result.get(timeout=90)
    finally:
        worker.terminate()
        worker.wait(timeout=30)

    assert reply["token"] == token
    assert reply["database"] == str(connection.settings_dict["NAME"])
    assert f"Task lms.tasks.worker_ping[{result.id}] succeeded" in log.read_text()
