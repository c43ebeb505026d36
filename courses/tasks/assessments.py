"""Tasks for assessments.

``attempts_close_expired`` runs every ten minutes from Celery beat
(``CELERY_BEAT_SCHEDULE`` in ``lms/settings/base.py``): attempts whose learner never
came back are closed and scored with what was saved before the deadline, so
gradebooks, monitoring and completion see them. Safe to repeat.
"""

from celery import shared_task

__all__ = ["attempts_close_expired"]


@shared_task
def attempts_close_expired() -> int:
    """Run services.assessments.attempts_close_expired; returns how many closed."""
    from courses.services.assessments import attempts_close_expired as close

    return close()
