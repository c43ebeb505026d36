"""Emails to learners about their enrolments, in Indonesian. Sent by Celery tasks
after commit (``courses.tasks``); the mail backend is configured in settings."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from courses.models import Enrolment

TEMPLATES = {
    Enrolment.Status.REQUESTED: "courses/email/enrolment_requested",
    Enrolment.Status.APPROVED: "courses/email/enrolment_approved",
    Enrolment.Status.REJECTED: "courses/email/enrolment_rejected",
    Enrolment.Status.WAITLISTED: "courses/email/enrolment_waitlisted",
    Enrolment.Status.COMPLETED: "courses/email/enrolment_completed",
}


def enrolment_email_send(*, enrolment: Enrolment, status: str) -> bool:
    """Tell the learner their enrolment is now ``status``. False when there is
    nothing to send (no address, or a status we do not announce)."""
    template = TEMPLATES.get(status)
    address = enrolment.learner.email
    if template is None or not address:
        return False
    context = {
        "enrolment": enrolment,
        "cohort": enrolment.cohort,
        "course": enrolment.cohort.course,
        "name": getattr(getattr(enrolment.learner, "profile", None), "full_name", "")
        or enrolment.learner.get_username(),
        "site_url": settings.WAGTAILADMIN_BASE_URL,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, None, [address])
    return True
