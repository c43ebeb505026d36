"""Exactly one certificate per enrolment and gap-free numbers under concurrent
issuing, each call in its own thread and database connection.

Real row locks need PostgreSQL; on SQLite the same code is serialised by the
IMMEDIATE write transactions (settings), which these tests also exercise.
"""

import threading

import pytest
from django.db import close_old_connections, connection

from certificates import services
from certificates.models import Certificate, CertificateBatch, NumberSequence
from courses.models import Profile
from tests.certificates.factories import CertificateTemplateFactory, completed_enrolment
from tests.factories import CourseFactory, OfficeFactory, RegionFactory
from tests.factories_cohorts import CohortFactory


def _run_together(calls) -> list[Exception]:
    barrier = threading.Barrier(len(calls))
    errors: list[Exception] = []

    def run(call):
        try:
            barrier.wait(timeout=30)
            call()
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


@pytest.fixture
def no_render(monkeypatch):
    """Rendering is not what these tests are about; keep the threads short."""
    monkeypatch.setattr(services, "_render_after_commit", lambda certificate: None)


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_issues_make_one_certificate(no_render):
    template = CertificateTemplateFactory()
    enrolment = completed_enrolment(cohort=CohortFactory(organiser=template.office))
    results: list[Certificate] = []
    errors = _run_together(
        [
            lambda: results.append(services.certificate_issue(enrolment=enrolment))
            for _ in range(20)
        ]
    )
    assert errors == []
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert len({certificate.pk for certificate in results}) == 1
    assert NumberSequence.objects.get().last_number == 1


@pytest.mark.django_db(transaction=True)
def test_numbers_stay_unique_and_gap_free_when_many_are_issued_at_once(no_render):
    template = CertificateTemplateFactory()
    cohorts = [CohortFactory(organiser=template.office) for _ in range(2)]
    enrolments = [completed_enrolment(cohort=cohorts[n % 2], nip="") for n in range(24)]
    errors = _run_together(
        [
            (lambda e=enrolment: services.certificate_issue(enrolment=e))
            for enrolment in enrolments
        ]
    )
    assert errors == []
    serials = sorted(Certificate.objects.values_list("serial", flat=True))
    assert serials == list(range(1, 25))
    numbers = set(Certificate.objects.values_list("number", flat=True))
    assert len(numbers) == 24
    assert NumberSequence.objects.get().last_number == 24


@pytest.mark.django_db(transaction=True)
def test_two_offices_issuing_at_once_with_the_default_pattern_never_collide(
    no_render,
):
    """Issue 6, bug 1: each office's numbers carry its code and run in their own
    register, gap-free, whatever the interleaving."""
    course = CourseFactory(code="ARS")
    offices = [
        OfficeFactory(institution__region=RegionFactory(code=code), region_id=code)
        for code in ("62", "64")
    ]
    cohorts = [CohortFactory(organiser=office, course=course) for office in offices]
    enrolments = [completed_enrolment(cohort=cohorts[n % 2], nip="") for n in range(24)]
    errors = _run_together(
        [
            (lambda e=enrolment: services.certificate_issue(enrolment=e))
            for enrolment in enrolments
        ]
    )
    assert errors == []
    numbers = list(Certificate.objects.values_list("number", flat=True))
    assert len(set(numbers)) == 24
    for office, code in zip(offices, ("62", "64"), strict=True):
        certificates = Certificate.objects.filter(enrolment__cohort__organiser=office)
        assert sorted(c.serial for c in certificates) == list(range(1, 13))
        assert all(f"/SERT/{code}/ARS/" in c.number for c in certificates)
    assert sorted(NumberSequence.objects.values_list("last_number", flat=True)) == [
        12,
        12,
    ]


@pytest.mark.django_db(transaction=True)
def test_a_double_clicked_bulk_reissue_finishes_both_runs(no_render):
    """Issue 6, bug 6: two reissue runs of one cohort at once. Whatever one of them
    finds already replaced by the other is counted (unchanged or failed), never
    raised; each certificate is reissued once and both runs are finished."""
    template = CertificateTemplateFactory()
    cohort = CohortFactory(organiser=template.office)
    enrolments = [completed_enrolment(cohort=cohort, nip="") for _ in range(8)]
    services.cohort_certificates_issue(cohort=cohort, by=None)
    Profile.objects.filter(user__enrolments__in=enrolments).update(
        full_name="Nama Diperbaiki, S.Hum."
    )
    batches = [
        CertificateBatch.objects.create(
            cohort=cohort, kind=CertificateBatch.Kind.REISSUE, reason="Gelar"
        )
        for _ in range(2)
    ]
    errors = _run_together(
        [
            (
                lambda b=batch: services.cohort_certificates_reissue(
                    cohort=cohort, by=None, reason="Gelar", batch=b
                )
            )
            for batch in batches
        ]
    )
    assert errors == []
    assert Certificate.objects.filter(status="replaced").count() == 8
    assert Certificate.objects.filter(status="valid").count() == 8
    reissued = 0
    for batch in batches:
        batch.refresh_from_db()
        assert batch.finished_at is not None
        counts = batch.counts
        assert counts["reissued"] + counts["unchanged"] + counts["failed"] == 8
        assert len(batch.failures) == counts["failed"]
        reissued += counts["reissued"]
    assert reissued == 8
