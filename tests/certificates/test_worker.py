"""A worker killed while drawing a certificate: the PDF is still stored exactly once.

Real ``celery worker`` processes take the task from the real broker (the filesystem
transport on the embedded run, Redis on the PostgreSQL run). Rendering is slowed
down (CERTIFICATES_RENDER_DELAY_SECONDS) so the test can SIGKILL mid-task.

- A pool child killed (the OOM killer's usual victim): with ``acks_late`` and
  ``reject_on_worker_lost`` the worker puts the message back and renders it again.
- The whole worker killed: Redis hands the unacknowledged message out again after
  its visibility timeout. The filesystem transport removes a message when it is
  delivered, so there the beat sweep ``certificate_render_pending`` queues it again.
In every case the idempotent service stores one PDF, whose SHA-256 is recorded.
"""

import hashlib
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection

from certificates import services, tasks
from certificates.models import Certificate, CertificateEvent
from lms.celery import app
from tests.certificates.factories import CertificateTemplateFactory, completed_enrolment
from tests.factories_cohorts import CohortFactory

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _database_url() -> str:
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    auth = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
    host = params["HOST"] or "localhost"
    return f"postgres://{auth}@{host}:{params['PORT'] or 5432}/{params['NAME']}"


@pytest.fixture
def media(tmp_path, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def queue(monkeypatch):
    """A queue of this test's own; renders are sent there, through the broker."""
    name = f"test-cert-{uuid.uuid4().hex[:10]}"
    app.conf.task_always_eager = False
    monkeypatch.setattr(services, "_render_after_commit", lambda certificate: None)
    monkeypatch.setattr(
        tasks.certificate_render_pdf,
        "delay",
        lambda **kwargs: tasks.certificate_render_pdf.apply_async(
            kwargs=kwargs, queue=name
        ),
    )
    yield name
    app.conf.task_always_eager = True


class Worker:
    def __init__(self, *, queue: str, media: Path, log: Path, pool: str, delay: float):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.certificates.worker_settings",
            "DATABASE_URL": _database_url(),
            "CELERY_BROKER_URL": app.conf.broker_url,
            "CELERY_RESULT_BACKEND": str(app.conf.result_backend),
            "CERTIFICATES_TEST_MEDIA_ROOT": str(media),
            "CERTIFICATES_RENDER_DELAY_SECONDS": str(delay),
        }
        self.log = log
        pool_args = ["--pool=solo"] if pool == "solo" else ["--pool=prefork", "-c", "1"]
        with log.open("w") as handle:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "lms",
                    "worker",
                    *pool_args,
                    "--queues",
                    queue,
                    "--hostname",
                    f"{queue}-{uuid.uuid4().hex[:4]}@%h",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    "--loglevel=INFO",
                ],
                cwd=ROOT,
                env=env,
                stdout=handle,
                stderr=subprocess.STDOUT,
            )

    def text(self) -> str:
        return self.log.read_text()

    def wait_for(self, needle: str, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.text():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"no {needle!r} in the worker log:\n{self.text()}")
            time.sleep(0.2)

    def children(self) -> list[int]:
        out = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        ).stdout
        return [int(pid) for pid in out.split()]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _certificate() -> Certificate:
    template = CertificateTemplateFactory()
    enrolment = completed_enrolment(cohort=CohortFactory(organiser=template.office))
    return services.certificate_issue(enrolment=enrolment)


def _wait_rendered(certificate: Certificate, timeout: float = 90) -> Certificate:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        certificate.refresh_from_db()
        if certificate.is_rendered:
            return certificate
        time.sleep(0.3)
    raise AssertionError("the certificate was never rendered")


def _assert_rendered_once(certificate: Certificate, media: Path) -> None:
    time.sleep(1.5)  # a duplicate delivery, if any, would have stored by now
    certificate.refresh_from_db()
    assert certificate.render_count == 1
    assert certificate.events.filter(kind=CertificateEvent.Kind.RENDERED).count() == 1
    stored = (media / certificate.pdf.name).read_bytes()
    assert stored.startswith(b"%PDF")
    assert certificate.sha256 == hashlib.sha256(stored).hexdigest()
    assert len(list((media / "certificates" / "pdf").rglob("*.pdf"))) == 1


def test_killed_pool_child_task_is_redelivered_and_rendered_once(
    media, queue, tmp_path
):
    certificate = _certificate()
    worker = Worker(
        queue=queue, media=media, log=tmp_path / "w.log", pool="prefork", delay=4
    )
    try:
        worker.wait_for("ready.")
        result = tasks.certificate_render_pdf.delay(certificate_id=certificate.pk)
        worker.wait_for(f"[{result.id}] received")
        time.sleep(1.5)  # drawn, now sleeping before the save
        children = worker.children()
        assert len(children) == 1, worker.text()
        os.kill(children[0], signal.SIGKILL)
        certificate.refresh_from_db()
        assert not certificate.pdf  # killed before anything was stored
        _wait_rendered(certificate)
        assert "WorkerLostError" in worker.text()
    finally:
        worker.stop()
    _assert_rendered_once(certificate, media)


def test_killed_worker_task_is_rendered_once_by_the_next_worker(media, queue, tmp_path):
    certificate = _certificate()
    first = Worker(
        queue=queue, media=media, log=tmp_path / "a.log", pool="solo", delay=30
    )
    try:
        first.wait_for("ready.")
        result = tasks.certificate_render_pdf.delay(certificate_id=certificate.pk)
        first.wait_for(f"[{result.id}] received")
        time.sleep(1.5)
        first.process.send_signal(signal.SIGKILL)
        first.process.wait(timeout=10)
    finally:
        first.stop()
    certificate.refresh_from_db()
    assert not certificate.pdf

    second = Worker(
        queue=queue, media=media, log=tmp_path / "b.log", pool="solo", delay=0
    )
    try:
        second.wait_for("ready.")
        if not app.conf.broker_url.startswith("redis"):
            # The filesystem transport deleted the message on delivery: the beat
            # sweep queues the overdue render again.
            assert services.certificate_render_pending(older_than=timedelta(0)) == 1
        _wait_rendered(certificate)
    finally:
        second.stop()
    _assert_rendered_once(certificate, media)
