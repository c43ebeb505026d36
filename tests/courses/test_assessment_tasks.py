from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from courses.models import Attempt
from courses.tasks.assessments import attempts_close_expired
from tests.factories_assessments import AssessmentFactory, attempt_for


def test_beat_task_closes_and_scores_abandoned_attempts(db):
    assessment = AssessmentFactory(questions=3, time_limit_minutes=30)
    abandoned = attempt_for(assessment, at=timezone.now() - timedelta(hours=2))
    running = attempt_for(AssessmentFactory(questions=3, time_limit_minutes=30))

    assert attempts_close_expired.delay().get() == 1

    abandoned.refresh_from_db()
    running.refresh_from_db()
    assert abandoned.status == Attempt.Status.GRADED
    assert abandoned.score == 0
    assert running.status == Attempt.Status.IN_PROGRESS


def test_task_is_scheduled_by_beat():
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "courses.tasks.assessments.attempts_close_expired" in tasks
