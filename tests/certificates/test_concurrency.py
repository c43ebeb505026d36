"""Exactly one certificate per enrolment and gap-free numbers under concurrent
issuing, each call in its own thread and database connection.

Real row locks need PostgreSQL; on SQLite the same code is serialised by the
IMMEDIATE write transactions (settings), which these tests also exercise.
"""

import threading

import pytest
from django.db import close_old_connections, connection

from certificates import services
from certificates.models import Certificate, NumberSequence
from tests.certificates.factories import CertificateTemplateFactory, completed_enrolment
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
