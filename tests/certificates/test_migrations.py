"""Migration 0002 turns per-issuer counters into number registers without ever
giving an existing number again (issue 6, bug 1)."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from certificates import services
from certificates.models import NumberSequence
from courses.models import Enrolment
from tests.certificates.factories import CertificateTemplateFactory
from tests.factories import CourseFactory
from tests.factories_cohorts import CohortFactory, EnrolmentFactory

BEFORE = [("certificates", "0001_initial")]
AFTER = [("certificates", "0002_number_registers_and_bulk_runs")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_counters_become_registers_that_continue_after_their_numbers():
    template = CertificateTemplateFactory()  # 800/{seq:03d}/DPK-KT/{roman_month}/{year}
    ends_on = datetime.date(2026, 5, 17)
    cohort = CohortFactory(
        organiser=template.office,
        course=CourseFactory(code="ARS"),
        starts_on=ends_on - datetime.timedelta(days=3),
        ends_on=ends_on,
    )
    untemplated = CohortFactory(
        organiser=template.office,
        course=CourseFactory(code="SRT"),
        starts_on=ends_on - datetime.timedelta(days=3),
        ends_on=ends_on,
    )
    enrolments = [
        EnrolmentFactory(cohort=c, status=Enrolment.Status.COMPLETED)
        for c in (cohort, cohort, untemplated, cohort)
    ]
    old_apps = _migrate(BEFORE)
    try:
        Sequence = old_apps.get_model("certificates", "NumberSequence")
        Certificate = old_apps.get_model("certificates", "Certificate")
        office_counter = Sequence.objects.create(
            issuer_key=f"office:{template.office.pk}", year=2026, last_number=4
        )
        printed = [
            (1, "800/001/DPK-KT/V/2026", template.pk, "ARS"),
            (2, "800/002/DPK-KT/V/2026", template.pk, "ARS"),
            (3, "0003/SERT/SRT/V/2026", None, "SRT"),  # the old built-in pattern
            (4, "800/004/DPK-KT/V/2026", template.pk, "ARS"),
        ]
        for enrolment, (serial, number, template_id, course) in zip(
            enrolments, printed, strict=True
        ):
            Certificate.objects.create(
                enrolment_id=enrolment.pk,
                template_id=template_id,
                sequence=office_counter,
                serial=serial,
                number=number,
                data={"signed_on": "2026-05-17", "course_code": course},
            )
        unused = Sequence.objects.create(issuer_key="lms", year=2025, last_number=0)
    finally:
        _migrate(AFTER)

    registers = {
        (s.year, s.fixed_text): s.last_number
        for s in NumberSequence.objects.exclude(fixed_text__startswith="legacy:")
    }
    assert registers == {
        (2026, "800/{seq}/DPK-KT/{roman_month}/{year}"): 4,
        (2026, "{seq}/SERT/SRT/{roman_month}/{year}"): 3,
    }
    # The mixed counter stays as a legacy row; its certificates still point at it.
    assert NumberSequence.objects.get(pk=office_counter.pk).fixed_text == (
        f"legacy:{office_counter.pk}"
    )
    assert NumberSequence.objects.get(pk=unused.pk).fixed_text == f"legacy:{unused.pk}"

    # Issuing goes on after the numbers already printed: no duplicate, no error.
    later = EnrolmentFactory(cohort=cohort, status=Enrolment.Status.COMPLETED)
    assert services.certificate_issue(enrolment=later).number == (
        "800/005/DPK-KT/V/2026"
    )


@pytest.mark.django_db(transaction=True)
def test_a_counter_of_one_register_is_converted_in_place():
    template = CertificateTemplateFactory()
    ends_on = datetime.date(2026, 11, 20)
    cohort = CohortFactory(
        organiser=template.office,
        starts_on=ends_on - datetime.timedelta(days=3),
        ends_on=ends_on,
    )
    enrolment = EnrolmentFactory(cohort=cohort, status=Enrolment.Status.COMPLETED)
    old_apps = _migrate(BEFORE)
    try:
        Sequence = old_apps.get_model("certificates", "NumberSequence")
        counter = Sequence.objects.create(
            issuer_key=f"office:{template.office.pk}", year=2026, last_number=5
        )
        old_apps.get_model("certificates", "Certificate").objects.create(
            enrolment_id=enrolment.pk,
            template_id=template.pk,
            sequence=counter,
            serial=5,
            number="800/005/DPK-KT/XI/2026",  # the demo's numbers keep working
            data={"signed_on": "2026-11-20", "course_code": cohort.course.code},
        )
    finally:
        _migrate(AFTER)
    register = NumberSequence.objects.get(pk=counter.pk)
    assert (register.year, register.fixed_text, register.last_number) == (
        2026,
        "800/{seq}/DPK-KT/{roman_month}/{year}",
        5,
    )
    second = EnrolmentFactory(cohort=cohort, status=Enrolment.Status.COMPLETED)
    certificate = services.certificate_issue(enrolment=second)
    assert certificate.number == "800/006/DPK-KT/XI/2026"
    assert certificate.sequence_id == counter.pk
