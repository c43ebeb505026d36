"""Tasks for the attendance area.

``session_reminders_send`` runs once a day from Celery beat. Add to the settings
(``lms/settings/base.py``)::

    from celery.schedules import crontab

    CELERY_BEAT_SCHEDULE = {
        "attendance-session-reminders": {
            "task": "courses.tasks.attendance.session_reminders_send",
            "schedule": crontab(hour=16, minute=0),
        },
    }

16:00 in ``CELERY_TIMEZONE`` (Asia/Jakarta by default) is 17:00 WITA and 18:00 WIT:
the afternoon before, and the same calendar day in every zone. Do not schedule it
after 22:00 WIB, when "tomorrow" in WIT is already the day after. A run is safe to
repeat: learners already reminded of a session are skipped.
"""

from celery import shared_task

__all__ = ["session_reminders_send"]


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def session_reminders_send() -> int:
    """Run services.attendance.session_reminders_send; retry mail server errors
    (smtplib's are OSErrors). Returns the number of emails sent."""
    from courses.services import (
        attendance as services,
    )  # local: services import courses.tasks

    return services.session_reminders_send()
