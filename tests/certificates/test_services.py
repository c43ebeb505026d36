"""Issuing, rendering, revoking and reissuing certificates, and the bulk services."""

import datetime
import hashlib

import pytest
import time_machine
from django.core.files.storage import default_storage

from certificates import services
from certificates.exceptions import (
    CertificateAlreadyRevoked,
    CertificateNotCurrent,
    CertificateNotEarned,
    CertificateNumberTaken,
    CertificateRevoked,
    ReasonRequired,
    TemplateInvalid,
)
from certificates.models import (
    Certificate,
    CertificateBatch,
    CertificateEvent,
    CertificateSignatory,
    CertificateTemplate,
    NumberSequence,
)
from certificates.selectors import (
    BATCH_STALE_AFTER,
    certificate_list_for_cohort,
    certificate_list_for_learner,
    certificate_list_for_region,
    certificate_template_for,
    cohort_certificate_progress,
)
from courses.models import Enrolment, Institution, Office, Region
from courses.services.completion import enrolment_evaluate
from tests.certificates.factories import CertificateTemplateFactory, completed_enrolment
from tests.factories import (
    CourseFactory,
    InstitutionFactory,
    OfficeFactory,
    UserFactory,
)
from tests.factories_cohorts import CohortFactory, EnrolmentFactory, SessionFactory

S = Certificate.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def template():
    return CertificateTemplateFactory()


@pytest.fixture
def cohort(template):
    return CohortFactory(
        organiser=template.office,
        course=CourseFactory(title="Pelatihan Pengelolaan Arsip Konvensional"),
        starts_on=datetime.date(2026, 5, 14),
        ends_on=datetime.date(2026, 5, 17),
    )


def issue(enrolment, capture):
    with capture(execute=True):
        return services.certificate_issue(enrolment=enrolment)


def test_issue_numbers_freezes_data_and_renders_after_commit(
    cohort, django_capture_on_commit_callbacks
):
    enrolment = completed_enrolment(cohort=cohort)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        certificate = services.certificate_issue(enrolment=enrolment)
    assert not certificate.pdf  # nothing drawn inside the transaction
    assert len(callbacks) == 1
    callbacks[0]()

    certificate.refresh_from_db()
    assert certificate.number == "800/001/DPK-KT/V/2026"
    assert len(certificate.code) == 16
    assert certificate.status == S.VALID
    assert certificate.data["name"] == "Ni Luh Putu Ayu Saraswati, S.Sos."
    assert certificate.data["signed_on"] == "2026-05-17"
    assert "14–17 Mei 2026" in certificate.data["body"]
    assert certificate.data["signatories"][0]["nip"] == "196805121994031007"
    content = certificate.pdf.read()
    assert content.startswith(b"%PDF")
    assert certificate.sha256 == hashlib.sha256(content).hexdigest()
    assert certificate.is_rendered and certificate.render_count == 1
    kinds = list(certificate.events.values_list("kind", flat=True))
    assert kinds == [CertificateEvent.Kind.ISSUED, CertificateEvent.Kind.RENDERED]


def test_issue_is_idempotent(cohort, django_capture_on_commit_callbacks):
    enrolment = completed_enrolment(cohort=cohort)
    first = issue(enrolment, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        again = services.certificate_issue(enrolment=enrolment)
    assert again.pk == first.pk
    assert callbacks == []  # no second render queued
    assert NumberSequence.objects.get().last_number == 1


@pytest.mark.parametrize(
    "status", [s for s in Enrolment.Status if s != Enrolment.Status.COMPLETED]
)
def test_only_a_completed_enrolment_earns_one(status):
    enrolment = EnrolmentFactory(status=status)
    with pytest.raises(CertificateNotEarned):
        services.certificate_issue(enrolment=enrolment)
    assert not Certificate.objects.exists()


def test_completion_issues_the_certificate_in_the_same_transaction(
    cohort, django_capture_on_commit_callbacks
):
    cohort.requires_all_lessons = False
    cohort.requires_post_test = False
    cohort.min_attendance_percent = 0
    cohort.save()
    enrolment = EnrolmentFactory(cohort=cohort, status=Enrolment.Status.ACTIVE)
    with django_capture_on_commit_callbacks(execute=True):
        verdict = enrolment_evaluate(enrolment=enrolment)
    assert verdict.passed
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.is_rendered


def test_numbers_run_per_issuer_and_year_without_gaps(
    template, django_capture_on_commit_callbacks
):
    other_office = CertificateTemplateFactory(number_pattern="{seq}/KT/{year}").office
    numbers = []
    for office, ends_on in [
        (template.office, datetime.date(2026, 5, 17)),
        (template.office, datetime.date(2026, 6, 2)),
        (other_office, datetime.date(2026, 6, 2)),
        (template.office, datetime.date(2025, 12, 30)),
        (template.office, datetime.date(2026, 7, 1)),
    ]:
        cohort = CohortFactory(
            organiser=office,
            starts_on=ends_on - datetime.timedelta(days=2),
            ends_on=ends_on,
        )
        enrolment = completed_enrolment(cohort=cohort, nip="")
        numbers.append(services.certificate_issue(enrolment=enrolment).number)
    assert numbers == [
        "800/001/DPK-KT/V/2026",
        "800/002/DPK-KT/VI/2026",
        "1/KT/2026",
        "800/001/DPK-KT/XII/2025",
        "800/003/DPK-KT/VII/2026",
    ]


def test_without_any_template_the_built_in_layout_and_pattern_are_used(
    django_capture_on_commit_callbacks, settings
):
    settings.CERTIFICATES_SIGNATORY_NAME = "Drs. Kepala Balai, M.Si."
    enrolment = completed_enrolment()
    certificate = issue(enrolment, django_capture_on_commit_callbacks)
    course = enrolment.cohort.course.code
    assert certificate.number == f"0001/SERT/LMS/{course}/V/2026"  # no office: LMS
    assert certificate.template is None
    assert certificate.data["signatories"][0]["name"] == "Drs. Kepala Balai, M.Si."
    certificate.refresh_from_db()
    assert certificate.is_rendered


def test_most_specific_template_wins(template, cohort):
    by_course = CertificateTemplateFactory(office=None, course=cohort.course)
    assert certificate_template_for(cohort=cohort) == by_course
    by_cohort = CertificateTemplateFactory(office=None, cohort=cohort)
    assert certificate_template_for(cohort=cohort) == by_cohort
    by_cohort.is_active = False
    by_cohort.save()
    assert certificate_template_for(cohort=cohort) == by_course
    unrelated = CohortFactory()
    assert certificate_template_for(cohort=unrelated) is None


def test_topics_come_from_sessions_added_up_by_topic(
    cohort, django_capture_on_commit_callbacks
):
    for topic, jp in [
        ("Naskah dinas", "4"),
        ("Klasifikasi arsip", "3"),
        ("Naskah dinas", "2"),
    ]:
        SessionFactory(cohort=cohort, topic=topic, jp=jp)
    certificate = issue(
        completed_enrolment(cohort=cohort), django_capture_on_commit_callbacks
    )
    assert certificate.data["topics"] == [
        {"title": "Naskah dinas", "jp": "6"},
        {"title": "Klasifikasi arsip", "jp": "3"},
    ]


def test_render_is_idempotent_and_force_draws_again(
    cohort, django_capture_on_commit_callbacks
):
    certificate = issue(
        completed_enrolment(cohort=cohort), django_capture_on_commit_callbacks
    )
    certificate.refresh_from_db()
    first_name, first_sha = certificate.pdf.name, certificate.sha256
    same = services.certificate_render_pdf(certificate=certificate)
    assert (same.pdf.name, same.render_count) == (first_name, 1)
    with django_capture_on_commit_callbacks(execute=True):
        forced = services.certificate_render_pdf(certificate=certificate, force=True)
    assert forced.render_count == 2
    assert forced.pdf.name != first_name
    assert not default_storage.exists(first_name)  # old file removed after commit
    assert forced.sha256 == hashlib.sha256(forced.pdf.read()).hexdigest()
    assert first_sha  # both were hashed


def test_revoke_needs_a_reason_and_happens_once(
    cohort, django_capture_on_commit_callbacks
):
    certificate = issue(
        completed_enrolment(cohort=cohort), django_capture_on_commit_callbacks
    )
    officer = UserFactory()
    with pytest.raises(ReasonRequired):
        services.certificate_revoke(certificate=certificate, reason="  ", by=officer)
    revoked = services.certificate_revoke(
        certificate=certificate, reason="Peserta tidak hadir penuh", by=officer
    )
    assert revoked.status == S.REVOKED
    assert revoked.revoked_by == officer and revoked.revoked_at
    with pytest.raises(CertificateAlreadyRevoked):
        services.certificate_revoke(certificate=revoked, reason="lagi", by=officer)
    event = revoked.events.get(kind=CertificateEvent.Kind.REVOKED)
    assert (event.actor, event.reason) == (officer, "Peserta tidak hadir penuh")
    # A revoked certificate stays listed, as revoked.
    assert list(certificate_list_for_cohort(cohort=cohort)) == [revoked]


def test_reissue_after_a_name_correction_keeps_the_number_and_changes_the_code(
    cohort, django_capture_on_commit_callbacks
):
    enrolment = completed_enrolment(cohort=cohort, name="Rose Siahaan")
    old = issue(enrolment, django_capture_on_commit_callbacks)
    assert services.certificate_data_is_current(certificate=old)
    profile = enrolment.learner.profile
    profile.full_name = "Rosé Siahaan, S.Hum."
    profile.save()
    assert not services.certificate_data_is_current(certificate=old)
    with django_capture_on_commit_callbacks(execute=True):
        new = services.certificate_reissue(
            certificate=old, by=None, reason="Nama salah ketik"
        )
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.status == S.REPLACED and new.status == S.VALID
    assert new.previous == old
    assert new.number == old.number and new.code != old.code
    assert new.data["name"] == "Rosé Siahaan, S.Hum."
    assert new.is_rendered and new.sha256 != old.sha256
    assert NumberSequence.objects.get().last_number == 1  # no number used up
    event = old.events.get(kind=CertificateEvent.Kind.REISSUED)
    assert event.before["name"] == "Rose Siahaan"
    assert event.after["name"] == "Rosé Siahaan, S.Hum."
    assert list(certificate_list_for_learner(learner=enrolment.learner)) == [new]
    with pytest.raises(CertificateNotCurrent):
        services.certificate_reissue(certificate=old, by=None, reason="lagi")


def test_cohort_bulk_issue_counts_and_progress(
    cohort, django_capture_on_commit_callbacks
):
    enrolments = [completed_enrolment(cohort=cohort, nip="") for _ in range(3)]
    EnrolmentFactory(cohort=cohort, status=Enrolment.Status.NOT_COMPLETED)
    services.certificate_issue(enrolment=enrolments[0])  # rendered? not yet
    progress = cohort_certificate_progress(cohort=cohort)
    assert (progress.completed, progress.issued, progress.rendered) == (3, 1, 0)
    assert not progress.done

    with django_capture_on_commit_callbacks(execute=True):
        counts = services.cohort_certificates_issue(cohort=cohort, by=None)
    assert counts == {"issued": 2, "existing": 1, "queued": 3, "failed": 0}
    progress = cohort_certificate_progress(cohort=cohort)
    assert (progress.issued, progress.rendered, progress.percent) == (3, 3, 100)
    assert progress.done
    with django_capture_on_commit_callbacks(execute=True):
        again = services.cohort_certificates_issue(cohort=cohort, by=None)
    assert again == {"issued": 0, "existing": 3, "queued": 0, "failed": 0}


def test_cohort_reissue_only_touches_changed_certificates(
    cohort, django_capture_on_commit_callbacks
):
    enrolments = [completed_enrolment(cohort=cohort, nip="") for _ in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        services.cohort_certificates_issue(cohort=cohort, by=None)
    profile = enrolments[1].learner.profile
    profile.full_name = "Ir. I Gusti Ngurah Agung, M.T."
    profile.save()
    with pytest.raises(ReasonRequired):
        services.cohort_certificates_reissue(cohort=cohort, by=None, reason="")
    with django_capture_on_commit_callbacks(execute=True):
        counts = services.cohort_certificates_reissue(
            cohort=cohort, by=None, reason="Perbaikan nama"
        )
    assert counts == {"reissued": 1, "unchanged": 2, "skipped": 0, "failed": 0}
    assert cohort_certificate_progress(cohort=cohort).done


def test_region_list_follows_the_learners_institution(
    regions, django_capture_on_commit_callbacks
):
    kalteng = issue(
        completed_enrolment(
            institution=InstitutionFactory(region=Region.objects.get(code="62.71"))
        ),
        django_capture_on_commit_callbacks,
    )
    kaltim = issue(
        completed_enrolment(
            nip="",
            institution=InstitutionFactory(region=Region.objects.get(code="64.72")),
        ),
        django_capture_on_commit_callbacks,
    )
    assert list(certificate_list_for_region(prefix="62")) == [kalteng]
    assert list(certificate_list_for_region(prefix="64.72")) == [kaltim]
    assert set(certificate_list_for_region(prefix="")) == {kalteng, kaltim}


def test_template_save_validates_pattern_body_and_signatories(template):
    template.number_pattern = "800/{nomor}/DPK/{year}"
    with pytest.raises(TemplateInvalid) as error:
        services.certificate_template_save(
            template=template, signatories=list(template.signatories.all())
        )
    assert "number_pattern" in error.value.errors
    template.number_pattern = "800/{seq:03d}/DPK/{year}"
    with pytest.raises(TemplateInvalid):
        services.certificate_template_save(template=template, signatories=[])
    signatories = [
        CertificateSignatory(name=f"Penandatangan {n}", position="Kepala")
        for n in range(4)
    ]
    with pytest.raises(TemplateInvalid):
        services.certificate_template_save(template=template, signatories=signatories)
    saved = services.certificate_template_save(
        template=template, signatories=signatories[:2]
    )
    assert [s.name for s in saved.signatories.all()] == [
        "Penandatangan 0",
        "Penandatangan 1",
    ]


@time_machine.travel(datetime.datetime(2026, 5, 15, 10, tzinfo=datetime.UTC))
def test_completed_before_the_end_is_dated_the_day_of_issue(
    cohort, django_capture_on_commit_callbacks
):
    certificate = issue(
        completed_enrolment(cohort=cohort), django_capture_on_commit_callbacks
    )
    assert certificate.data["signed_on"] == "2026-05-15"


def test_issuer_is_the_organiser_when_the_template_names_no_office(
    django_capture_on_commit_callbacks,
):
    office = OfficeFactory()
    cohort = CohortFactory(organiser=office)
    CertificateTemplateFactory(office=None, course=cohort.course)
    certificate = issue(
        completed_enrolment(cohort=cohort), django_capture_on_commit_callbacks
    )
    assert certificate.sequence.issuer_key == f"office:{office.pk}"
    assert certificate.data["issuer"] == office.institution.name


# --- Numbers never collide (issue 6, bug 1) ------------------------------------------


def _office(region_code: str) -> Office:
    region = Region.objects.get(code=region_code)
    return OfficeFactory(
        institution=InstitutionFactory(type=Institution.Type.DPK, region=region),
        region=region,
    )


def _cohort_of(office, ends_on=datetime.date(2026, 5, 17), course=None):
    return CohortFactory(
        organiser=office,
        course=course or CourseFactory(),
        starts_on=ends_on - datetime.timedelta(days=3),
        ends_on=ends_on,
        requires_all_lessons=False,
        requires_post_test=False,
        min_attendance_percent=0,
    )


def test_two_offices_with_the_default_pattern_never_share_a_number(
    regions, django_capture_on_commit_callbacks
):
    """Before, both offices' first certificate of a course was 0001/SERT/<course>/…
    and the second completion failed on the unique number inside the learner's
    submit. Each office now prints its code and counts in its own register."""
    course = CourseFactory(code="ARS-KONV")
    kalteng, kaltim = _office("62"), _office("64")
    numbers = []
    for office in (kalteng, kaltim, kalteng):
        enrolment = EnrolmentFactory(
            cohort=_cohort_of(office, course=course), status=Enrolment.Status.ACTIVE
        )
        with django_capture_on_commit_callbacks(execute=True):
            assert enrolment_evaluate(enrolment=enrolment).passed  # the learner path
        numbers.append(Certificate.objects.get(enrolment=enrolment).number)
    assert numbers == [
        "0001/SERT/62/ARS-KONV/V/2026",
        "0001/SERT/64/ARS-KONV/V/2026",
        "0002/SERT/62/ARS-KONV/V/2026",
    ]
    assert NumberSequence.objects.count() == 2


def test_offices_printing_the_same_fixed_text_share_one_register(regions):
    """A course template hard-coding DPK-KT, used by cohorts of two offices: the
    printed register is one, so is the running number (no duplicate 800/001)."""
    course = CourseFactory()
    CertificateTemplateFactory(office=None, course=course)
    numbers = [
        services.certificate_issue(
            enrolment=completed_enrolment(
                cohort=_cohort_of(_office(code), course=course), nip=""
            )
        ).number
        for code in ("62", "64", "62")
    ]
    assert numbers == [
        "800/001/DPK-KT/V/2026",
        "800/002/DPK-KT/V/2026",
        "800/003/DPK-KT/V/2026",
    ]
    sequence = NumberSequence.objects.get()
    assert (sequence.year, sequence.fixed_text, sequence.last_number) == (
        2026,
        "800/{seq}/DPK-KT/{roman_month}/{year}",
        3,
    )


def test_two_templates_of_one_office_with_different_fixed_text_count_apart(regions):
    office = _office("62")
    first, second = _cohort_of(office), _cohort_of(office)
    CertificateTemplateFactory(office=None, cohort=first)
    CertificateTemplateFactory(
        office=None, cohort=second, number_pattern="421/{seq:03d}/BIMTEK/{year}"
    )
    numbers = [
        services.certificate_issue(
            enrolment=completed_enrolment(cohort=cohort, nip="")
        ).number
        for cohort in (first, second, first, second)
    ]
    assert numbers == [
        "800/001/DPK-KT/V/2026",
        "421/001/BIMTEK/2026",
        "800/002/DPK-KT/V/2026",
        "421/002/BIMTEK/2026",
    ]


def test_a_template_pattern_without_the_year_is_refused(template):
    template.number_pattern = "800/{seq:03d}/DPK-KT/{roman_month}"
    with pytest.raises(TemplateInvalid) as error:
        services.certificate_template_save(
            template=template, signatories=list(template.signatories.all())
        )
    assert any("{year}" in m for m in error.value.errors["number_pattern"])


def test_a_legacy_pattern_without_the_year_counts_on_across_years(template):
    """Saved before {year} was required: its register never restarts, so 2027's
    first certificate does not print 2026's first number again."""
    CertificateTemplate.objects.filter(pk=template.pk).update(number_pattern="{seq}/KT")
    numbers = [
        services.certificate_issue(
            enrolment=completed_enrolment(
                cohort=_cohort_of(template.office, ends_on=ends_on), nip=""
            )
        ).number
        for ends_on in (datetime.date(2026, 5, 17), datetime.date(2027, 2, 3))
    ]
    assert numbers == ["1/KT", "2/KT"]


def test_a_number_taken_by_a_mimicking_register_is_refused_and_uses_no_number(
    regions, django_capture_on_commit_callbacks
):
    """ "{seq}/11/{year}" and "{seq}/{month}/{year}" print the same number in
    November. The second is refused with a domain error (not an IntegrityError),
    its register keeps no gap, and a bulk issue counts it as failed, goes on, and
    reports it, so the progress bar finishes."""
    office = _office("62")
    november = datetime.date(2026, 11, 20)
    literal, by_month = _cohort_of(office, november), _cohort_of(office, november)
    CertificateTemplateFactory(
        office=None, cohort=literal, number_pattern="{seq}/11/{year}"
    )
    CertificateTemplateFactory(
        office=None, cohort=by_month, number_pattern="{seq}/{month}/{year}"
    )
    taken = services.certificate_issue(
        enrolment=completed_enrolment(cohort=literal, nip="")
    )
    assert taken.number == "1/11/2026"
    enrolment = completed_enrolment(cohort=by_month, name="Rina Wati", nip="")
    with pytest.raises(CertificateNumberTaken):
        services.certificate_issue(enrolment=enrolment)
    assert not NumberSequence.objects.filter(fixed_text="{seq}/{month}/{year}").exists()

    batch = CertificateBatch.objects.create(
        cohort=by_month, kind=CertificateBatch.Kind.ISSUE
    )
    counts = services.cohort_certificates_issue(cohort=by_month, by=None, batch=batch)
    assert counts == {"issued": 0, "existing": 0, "queued": 0, "failed": 1}
    batch.refresh_from_db()
    assert batch.finished_at is not None
    assert batch.failures == [
        {
            "enrolment": enrolment.pk,
            "name": "Rina Wati",
            "error": "CertificateNumberTaken",
        }
    ]
    progress = cohort_certificate_progress(cohort=by_month)
    assert (progress.completed, progress.issued, progress.not_issuable) == (1, 0, 1)
    assert progress.done  # the page stops polling
    assert progress.failures[0].name == "Rina Wati"
    assert progress.failures[0].message == str(CertificateNumberTaken.message)


# --- Bulk runs (issue 6, bugs 2 and 6) -------------------------------------------------


def test_bulk_reissue_skips_revoked_certificates_and_counts_them(
    cohort, django_capture_on_commit_callbacks
):
    enrolments = [completed_enrolment(cohort=cohort, nip="") for _ in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        services.cohort_certificates_issue(cohort=cohort, by=None)
    revoked = services.certificate_revoke(
        certificate=Certificate.objects.get(enrolment=enrolments[0]),
        reason="Syarat kehadiran tidak terpenuhi",
        by=None,
    )
    for enrolment in enrolments:  # every printed name changes
        profile = enrolment.learner.profile
        profile.full_name = profile.full_name + ", S.E."
        profile.save()
    batch = CertificateBatch.objects.create(
        cohort=cohort, kind=CertificateBatch.Kind.REISSUE, reason="Gelar"
    )
    with django_capture_on_commit_callbacks(execute=True):
        counts = services.cohort_certificates_reissue(
            cohort=cohort, by=None, reason="Gelar", batch=batch
        )
    assert counts == {"reissued": 2, "unchanged": 0, "skipped": 1, "failed": 0}
    revoked.refresh_from_db()
    assert revoked.status == S.REVOKED  # still revoked, not brought back
    assert not Certificate.objects.filter(previous=revoked).exists()
    batch.refresh_from_db()
    assert batch.counts == counts and batch.finished_at


def test_reissuing_a_revoked_certificate_is_an_explicit_audited_decision(
    cohort, django_capture_on_commit_callbacks
):
    certificate = issue(
        completed_enrolment(cohort=cohort), django_capture_on_commit_callbacks
    )
    officer = UserFactory()
    services.certificate_revoke(
        certificate=certificate, reason="Salah peserta", by=officer
    )
    with pytest.raises(CertificateRevoked):
        services.certificate_reissue(
            certificate=certificate, by=officer, reason="Pencabutan keliru"
        )
    certificate.refresh_from_db()
    assert certificate.status == S.REVOKED
    with django_capture_on_commit_callbacks(execute=True):
        new = services.certificate_reissue(
            certificate=certificate,
            by=officer,
            reason="Pencabutan keliru",
            undo_revocation=True,
        )
    assert new.status == S.VALID and new.number == certificate.number
    event = certificate.events.get(kind=CertificateEvent.Kind.REISSUED)
    assert event.actor == officer and event.reason == "Pencabutan keliru"
    assert event.before["status"] == S.REVOKED
    assert event.after["revocation_undone"] is True


def test_a_batch_interrupted_by_an_unexpected_error_is_still_finished(
    cohort, monkeypatch
):
    completed_enrolment(cohort=cohort)
    batch = CertificateBatch.objects.create(
        cohort=cohort, kind=CertificateBatch.Kind.ISSUE
    )

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(services, "_issue", broken)
    with pytest.raises(OSError):
        services.cohort_certificates_issue(cohort=cohort, by=None, batch=batch)
    batch.refresh_from_db()
    assert batch.finished_at is not None
    assert batch.failures[-1]["error"] == "BatchInterrupted"
    assert not cohort_certificate_progress(cohort=cohort).running


def test_progress_waits_for_a_running_batch_but_not_for_a_lost_one(cohort):
    completed_enrolment(cohort=cohort)
    batch = CertificateBatch.objects.create(
        cohort=cohort, kind=CertificateBatch.Kind.ISSUE
    )
    progress = cohort_certificate_progress(cohort=cohort)
    assert progress.running and not progress.done
    CertificateBatch.objects.filter(pk=batch.pk).update(
        created_at=batch.created_at - BATCH_STALE_AFTER - datetime.timedelta(minutes=1)
    )
    assert not cohort_certificate_progress(cohort=cohort).running


def test_batch_start_runs_the_task_after_commit(
    cohort, django_capture_on_commit_callbacks
):
    completed_enrolment(cohort=cohort)
    trainer = UserFactory()
    with pytest.raises(ReasonRequired):
        services.certificate_batch_start(
            cohort=cohort, kind=CertificateBatch.Kind.REISSUE, by=trainer, reason=" "
        )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        batch = services.certificate_batch_start(
            cohort=cohort, kind=CertificateBatch.Kind.ISSUE, by=trainer
        )
    assert batch.finished_at is None and len(callbacks) == 1
    with django_capture_on_commit_callbacks(execute=True):
        callbacks[0]()
    batch.refresh_from_db()
    assert batch.finished_at and batch.counts["issued"] == 1
    assert (
        Certificate.objects.get(enrolment__cohort=cohort)
        .events.get(kind=CertificateEvent.Kind.ISSUED)
        .actor
        == trainer
    )
