"""Certificates: how fast one process issues and draws the certificates of a cohort
of 1,000 completed learners (issue: certificates; target at least 50 per second).

The cohorts are made untimed (users, profiles and completed enrolments in bulk).
Timed: issuing alone (per certificate a transaction with the enrolment locked, the
number taken under a lock and the printed data frozen); the render path, i.e. the
task body a worker runs (draw with ReportLab, SHA-256, write to the media storage,
record); drawing alone; and both in one process with Celery eager.
"""

import time
import uuid
from datetime import timedelta
from unittest import mock

from django.contrib.auth.hashers import make_password
from django.core.files.storage import default_storage
from django.utils import timezone

from bench.harness import Measure, Section
from certificates import services, tasks
from certificates.models import Certificate, CertificateTemplate
from courses.models import Cohort, Course, Enrolment, Institution, Office, Profile, User

TITLE = "Certificates (a cohort of 1,000)"
LEARNERS = 1_000


def _cohort(tag: str) -> Cohort:
    """A finished cohort of the demo course with LEARNERS completed enrolments."""
    course = Course.objects.get(code="ARS-KONV")
    office = Office.objects.filter(region_id="62").first()
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        course=course,
        title=f"Bench {tag}",
        starts_on=today - timedelta(days=10),
        ends_on=today - timedelta(days=7),
        venue="Aula DPK Provinsi Kalimantan Tengah, Palangka Raya",
        capacity=LEARNERS,
        organiser=office,
    )
    institution = Institution.objects.filter(region__code__startswith="62").first()
    password = make_password(None)
    users = User.objects.bulk_create(
        User(username=f"bench-{tag}-{n}", email="", password=password)
        for n in range(LEARNERS)
    )
    Profile.objects.bulk_create(
        Profile(
            user=user,
            full_name=f"Ni Luh Putu Ayu Saraswati {n}, S.Sos.",
            institution=institution,
        )
        for n, user in enumerate(users)
    )
    Enrolment.objects.bulk_create(
        Enrolment(cohort=cohort, learner=user, status=Enrolment.Status.COMPLETED)
        for user in users
    )
    return cohort


def _rate_measure(name: str, seconds: float, count: int, extra: str) -> Measure:
    per_ms = seconds * 1000 / count
    return Measure(
        name=name,
        runs=count,
        median_ms=per_ms,
        p95_ms=per_ms,
        extra=f"{count / seconds:.0f} per second; {extra}",
    )


def _clean(cohort: Cohort) -> None:
    """Remove the bench PDFs from the media folder (the rows stay in the bench db)."""
    for name in Certificate.objects.filter(enrolment__cohort=cohort).values_list(
        "pdf", flat=True
    ):
        if name:
            default_storage.delete(name)


def run() -> Section:
    section = Section(title=TITLE, target="at least 50 certificates per second")
    if not CertificateTemplate.objects.filter(office__region_id="62").exists():
        section.notes.append("skipped: the demo template of DPK Kalteng is missing")
        return section
    tag = uuid.uuid4().hex[:6]

    # 1. Issue only (what completion does in its transaction), PDFs left to workers.
    cohort = _cohort(f"{tag}-a")
    with mock.patch.object(services, "_render_after_commit", lambda c: None):
        start = time.perf_counter()
        services.cohort_certificates_issue(cohort=cohort, by=None)
        elapsed = time.perf_counter() - start
    section.measures.append(
        _rate_measure(
            "issue only (lock, number, frozen data)",
            elapsed,
            LEARNERS,
            "cohort_certificates_issue, PDFs left to the workers",
        )
    )
    # 2. The render path: the task body a worker runs for each certificate.
    ids = list(
        Certificate.objects.filter(enrolment__cohort=cohort).values_list(
            "pk", flat=True
        )
    )
    start = time.perf_counter()
    for certificate_id in ids:
        tasks.certificate_render_pdf(certificate_id=certificate_id)
    elapsed = time.perf_counter() - start
    rendered = (
        Certificate.objects.filter(enrolment__cohort=cohort).exclude(pdf="").count()
    )
    assert rendered == LEARNERS, rendered
    section.measures.append(
        _rate_measure(
            "render path (task: draw, SHA-256, store, record)",
            elapsed,
            LEARNERS,
            "**the target figure**; one process",
        )
    )
    sample = Certificate.objects.filter(enrolment__cohort=cohort).first()
    start = time.perf_counter()
    for _ in range(200):
        services.certificate_pdf_bytes(certificate=sample)
    section.measures.append(
        _rate_measure(
            "draw only (ReportLab, 2 pages)",
            time.perf_counter() - start,
            200,
            f"{len(sample.pdf.read()) // 1024} KB per PDF",
        )
    )
    _clean(cohort)

    # 3. Both in one process: issue then render eagerly, certificate after certificate.
    cohort = _cohort(f"{tag}-b")
    start = time.perf_counter()
    counts = services.cohort_certificates_issue(cohort=cohort, by=None)
    elapsed = time.perf_counter() - start
    assert counts["issued"] == LEARNERS, counts
    section.measures.append(
        _rate_measure(
            "issue + render, whole cohort in one process",
            elapsed,
            LEARNERS,
            "cohort_certificates_issue with Celery eager",
        )
    )
    _clean(cohort)
    section.notes.append(
        "per-certificate milliseconds in the median and p95 columns (one run each)"
    )
    return section
