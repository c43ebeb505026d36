"""Lesson progress, resuming, and the completion rule."""

import datetime

import pytest
from django.utils import timezone

from courses.models import Attendance, Enrolment, LessonProgress, Session
from courses.selectors.completion import completion_verdict_for
from courses.selectors.progress import course_progress_for
from courses.services.completion import cohort_evaluate, enrolment_evaluate
from courses.services.progress import lesson_complete, lesson_view_record
from tests.factories import ProfileFactory, course_tree
from tests.factories_cohorts import CohortFactory

pytestmark = pytest.mark.django_db
S = Enrolment.Status


@pytest.fixture
def course_with_cohort():
    _, course_page, modules, lessons = course_tree(modules=2, lessons_per_module=2)
    lessons[-1].required = False
    lessons[-1].save_revision().publish()
    cohort = CohortFactory(
        course=course_page.course, requires_post_test=False, min_attendance_percent=50
    )
    learner = ProfileFactory().user
    enrolment = Enrolment.objects.create(
        cohort=cohort, learner=learner, status=S.APPROVED
    )
    return cohort, enrolment, lessons


def test_opening_a_lesson_starts_the_enrolment_and_is_where_to_resume(
    client, course_with_cohort
):
    _, enrolment, lessons = course_with_cohort
    client.force_login(enrolment.learner)

    client.get(lessons[0].url)
    client.get(lessons[2].url)

    enrolment.refresh_from_db()
    assert enrolment.status == S.ACTIVE
    assert course_progress_for(enrolment=enrolment).resume_lesson_id == lessons[2].pk
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == 2


def test_anonymous_and_not_enrolled_visitors_record_nothing(client, course_with_cohort):
    _, enrolment, lessons = course_with_cohort
    client.get(lessons[0].url)
    client.force_login(ProfileFactory().user)
    client.get(lessons[0].url)

    assert not LessonProgress.objects.exists()


def test_mark_done_counts_required_lessons_only(client, course_with_cohort):
    _, enrolment, lessons = course_with_cohort
    client.force_login(enrolment.learner)

    response = client.post(
        f"/pelajaran/{lessons[0].pk}/selesai/", {"next": lessons[1].url}
    )
    client.post(f"/pelajaran/{lessons[3].pk}/selesai/")  # the optional one

    assert response.status_code == 302 and response["Location"] == lessons[1].url
    progress = course_progress_for(enrolment=enrolment)
    assert (progress.done, progress.total, progress.percent) == (1, 3, 33)


def test_mark_done_refuses_a_foreign_redirect(client, course_with_cohort):
    _, enrolment, lessons = course_with_cohort
    client.force_login(enrolment.learner)

    response = client.post(
        f"/pelajaran/{lessons[0].pk}/selesai/", {"next": "https://jahat.example/"}
    )

    assert response["Location"] == lessons[0].url


def test_editing_a_published_lesson_keeps_progress(course_with_cohort):
    _, enrolment, lessons = course_with_cohort
    lesson_complete(enrolment=enrolment, lesson=lessons[0])

    lessons[0].title = "Judul baru setelah revisi"
    lessons[0].save_revision().publish()

    assert course_progress_for(enrolment=enrolment).done == 1


def test_completion_needs_every_rule(course_with_cohort):
    cohort, enrolment, lessons = course_with_cohort
    now = timezone.now()
    past = [
        Session.objects.create(
            cohort=cohort,
            starts_at=now - datetime.timedelta(days=d, hours=2),
            ends_at=now - datetime.timedelta(days=d),
            topic=f"Sesi {d}",
        )
        for d in (1, 2)
    ]
    lesson_view_record(enrolment=enrolment, lesson=lessons[0])  # activates
    for lesson in lessons[:3]:
        lesson_complete(enrolment=enrolment, lesson=lesson)

    verdict = completion_verdict_for(enrolment=enrolment)
    assert not verdict.passed and verdict.attendance_percent == 0

    Attendance.objects.create(
        session=past[0],
        enrolment=enrolment,
        status=Attendance.Status.PRESENT,
        method="roster",
    )
    verdict = enrolment_evaluate(enrolment=enrolment)

    assert verdict.passed and verdict.attendance_percent == 50
    enrolment.refresh_from_db()
    assert enrolment.status == S.COMPLETED


def test_final_evaluation_records_not_completed_with_reasons(course_with_cohort):
    cohort, enrolment, lessons = course_with_cohort
    lesson_view_record(enrolment=enrolment, lesson=lessons[0])

    assert cohort_evaluate(cohort=cohort, final=False) == {
        "completed": 0,
        "not_completed": 0,
        "pending": 1,
    }
    enrolment.refresh_from_db()
    assert enrolment.status == S.ACTIVE

    cohort_evaluate(cohort=cohort, final=True)

    enrolment.refresh_from_db()
    assert enrolment.status == S.NOT_COMPLETED
    assert "0" in enrolment.events.last().reason


def test_post_test_rule_blocks_completion_until_assessments_report_a_pass(
    course_with_cohort,
):
    cohort, enrolment, lessons = course_with_cohort
    cohort.requires_post_test = True
    cohort.save()
    lesson_view_record(enrolment=enrolment, lesson=lessons[0])
    for lesson in lessons[:3]:
        lesson_complete(enrolment=enrolment, lesson=lesson)

    assert not enrolment_evaluate(enrolment=enrolment).passed


def test_a_certificate_refusal_never_undoes_the_completion(course_with_cohort):
    """Issuing runs in the completion's transaction; when a certificate rule
    refuses (here a number already taken by another template's pattern), only the
    certificate is rolled back: the completion, its event and the transaction
    around it (a learner's post-test submission) stand."""
    from unittest import mock

    from django.db import transaction

    from certificates.exceptions import CertificateNumberTaken
    from certificates.models import Certificate
    from courses.services import enrolment as enrolment_services

    _, enrolment, _ = course_with_cohort
    enrolment.status = S.ACTIVE
    enrolment.save(update_fields=["status"])

    issue = enrolment_services.certificate_issue

    def refuse(*, enrolment, by=None):
        issue(enrolment=enrolment)  # writes the certificate, then a rule refuses
        raise CertificateNumberTaken

    with (
        mock.patch.object(enrolment_services, "certificate_issue", refuse),
        transaction.atomic(),
    ):
        enrolment_services.enrolment_finish(enrolment=enrolment, completed=True)

    enrolment.refresh_from_db()
    assert enrolment.status == S.COMPLETED
    assert enrolment.events.filter(to_status=S.COMPLETED).exists()
    assert not Certificate.objects.filter(enrolment=enrolment).exists()
