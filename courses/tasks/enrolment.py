"""Tasks for the enrolment area."""

from celery import shared_task

__all__ = ["enrolment_notify"]


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def enrolment_notify(*, enrolment_id: int, status: str) -> None:
    """Email the learner about a status change; retried when the mail server fails."""
    from courses import notifications
    from courses.models import Enrolment

    enrolment = (
        Enrolment.objects.select_related("learner__profile", "cohort__course")
        .filter(pk=enrolment_id)
        .first()
    )
    if enrolment is not None:
        notifications.enrolment_email_send(enrolment=enrolment, status=status)
