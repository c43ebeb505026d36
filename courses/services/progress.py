"""Lesson progress: what a learner opened and finished. Keyed by the lesson page id,
which stays the same across revisions, so editing a lesson never loses progress."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from courses.models import Enrolment, LessonProgress
from courses.services.enrolment import enrolment_activate

# Enrolments whose learner may study the lessons.
STUDYING = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE)


@transaction.atomic
def lesson_view_record(*, enrolment: Enrolment, lesson: Page) -> LessonProgress:
    """Note that the learner opened ``lesson``; the first lesson opened starts an
    approved enrolment (approved → active)."""
    now = timezone.now()
    progress, created = LessonProgress.objects.get_or_create(
        enrolment=enrolment,
        lesson=lesson,
        defaults={"first_viewed_at": now, "last_viewed_at": now},
    )
    if not created:
        LessonProgress.objects.filter(pk=progress.pk).update(last_viewed_at=now)
        progress.last_viewed_at = now
    if enrolment.status == Enrolment.Status.APPROVED:
        enrolment_activate(enrolment=enrolment, actor=enrolment.learner)
    return progress


@transaction.atomic
def lesson_complete(*, enrolment: Enrolment, lesson: Page) -> LessonProgress:
    """Mark ``lesson`` done (idempotent: the first completion time is kept)."""
    progress = lesson_view_record(enrolment=enrolment, lesson=lesson)
    if progress.completed_at is None:
        progress.completed_at = timezone.now()
        progress.save(update_fields=["completed_at"])
    return progress
