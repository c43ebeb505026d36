"""Writes of attendance: the trainer's roster, the learner's QR check-in, and the
reminder emails about tomorrow's sessions.

A roster mark by the trainer always wins: it overwrites whatever is recorded, and a
QR scan never changes a record that exists.
"""

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from courses.checkin import CHECKIN_OPENS_BEFORE, checkin_is_late, checkin_verify
from courses.exceptions import NotEnrolled
from courses.models import Attendance, Enrolment, Session, User
from courses.selectors.attendance import (
    ROSTER_STATUSES,
    enrolment_get_for_check_in,
    session_reminder_list,
)

logger = logging.getLogger(__name__)

# A reminder is sent at most once per session and learner within this time.
REMINDER_MARK_SECONDS = 3 * 24 * 3600


@transaction.atomic
def attendance_mark_many(
    *, session: Session, marks: Mapping[int, str], actor: User
) -> list[Attendance]:
    """Record the trainer's roster for ``session``: ``marks`` maps enrolment ids to an
    ``Attendance.Status``. All or nothing: every enrolment must hold a seat in the
    session's cohort (else ``NotEnrolled``). A mark replaces any record, QR or roster;
    a mark equal to the recorded status changes nothing (a QR record stays one).
    Returns the records created or changed. A fixed number of queries."""
    invalid = set(marks.values()) - set(Attendance.Status.values)
    if invalid:
        raise ValueError(f"Unknown attendance status: {sorted(invalid)}")
    if not marks:
        return []
    enrolment_ids = set(
        Enrolment.objects.filter(
            cohort_id=session.cohort_id, pk__in=marks, status__in=ROSTER_STATUSES
        ).values_list("pk", flat=True)
    )
    if enrolment_ids != set(marks):
        raise NotEnrolled(sorted(set(marks) - enrolment_ids))

    now = timezone.now()
    existing = {
        a.enrolment_id: a
        for a in Attendance.objects.select_for_update().filter(
            session=session, enrolment_id__in=enrolment_ids
        )
    }
    created, changed = [], []
    for enrolment_id, status in marks.items():
        attendance = existing.get(enrolment_id)
        if attendance is None:
            created.append(
                Attendance(
                    session=session,
                    enrolment_id=enrolment_id,
                    status=status,
                    method=Attendance.Method.ROSTER,
                    recorded_by=actor,
                    recorded_at=now,
                )
            )
        elif attendance.status != status:
            attendance.status = status
            attendance.method = Attendance.Method.ROSTER
            attendance.recorded_by = actor
            attendance.recorded_at = now
            changed.append(attendance)
    # A QR check-in committed since the read above must not make the roster fail:
    # the trainer's mark replaces it.
    Attendance.objects.bulk_create(
        created,
        update_conflicts=True,
        unique_fields=["session", "enrolment"],
        update_fields=["status", "method", "recorded_by", "recorded_at"],
    )
    Attendance.objects.bulk_update(
        changed, fields=["status", "method", "recorded_by", "recorded_at"]
    )
    return created + changed


def attendance_mark(
    *, session: Session, enrolment: Enrolment, status: str, actor: User
) -> Attendance:
    """Record one learner's status for ``session`` on the trainer's roster (see
    ``attendance_mark_many``) and return the record."""
    attendance_mark_many(session=session, marks={enrolment.pk: status}, actor=actor)
    return Attendance.objects.get(session=session, enrolment=enrolment)


@transaction.atomic
def attendance_check_in(
    *, session: Session, learner: User, token: str, at: datetime | None = None
) -> Attendance:
    """Check ``learner`` in to ``session`` with the token of its QR code, at ``at``
    (now by default).

    Refused (``CheckInWindowClosed``, ``CheckInTokenInvalid``, ``NotEnrolled``)
    outside the check-in window, for a token that is not the current or previous
    one, and for a learner without an approved or active enrolment in the cohort
    (an approved enrolment is left approved). Records *late* after the grace time,
    *present* before. Idempotent: a second scan, or a scan after the trainer marked
    the roster, returns the record as it is.
    """
    at = at or timezone.now()
    checkin_verify(session=session, token=token, at=at)
    enrolment = enrolment_get_for_check_in(session=session, learner=learner)
    if enrolment is None:
        raise NotEnrolled(session.cohort_id)
    status = (
        Attendance.Status.LATE
        if checkin_is_late(session=session, at=at)
        else Attendance.Status.PRESENT
    )
    attendance, _created = Attendance.objects.get_or_create(
        session=session,
        enrolment=enrolment,
        defaults={
            "status": status,
            "method": Attendance.Method.QR,
            "recorded_by": learner,
            "recorded_at": at,
        },
    )
    return attendance


def _reminder_key(session: Session, enrolment: Enrolment) -> str:
    return f"courses:session-reminder:{session.pk}:{enrolment.learner_id}"


def session_reminder_send(*, session: Session, enrolment: Enrolment) -> bool:
    """Email the learner of ``enrolment`` that ``session`` is tomorrow (in
    Indonesian, times in the cohort's time zone). At most once per session and
    learner while the cache keeps the mark (a shared cache across workers in
    production); no email address, no email. Returns whether an email went out."""
    learner = enrolment.learner
    if not learner.email:
        return False
    key = _reminder_key(session, enrolment)
    if not cache.add(key, True, timeout=REMINDER_MARK_SECONDS):
        return False
    profile = getattr(learner, "profile", None)
    context = {
        "session": session,
        "cohort": session.cohort,
        "course": session.cohort.course,
        "checkin_opens_minutes": CHECKIN_OPENS_BEFORE // timedelta(minutes=1),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "learner_name": (profile and profile.full_name)
        or learner.get_full_name()
        or learner.get_username(),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(
            "courses/attendance/email/session_reminder_subject.txt", context
        )
        body = render_to_string(
            "courses/attendance/email/session_reminder_body.txt", context
        )
    try:
        send_mail(
            subject=" ".join(subject.split()),
            message=body,
            from_email=None,
            recipient_list=[learner.email],
        )
    except Exception:
        cache.delete(key)  # not sent: let a retry send it
        raise
    return True


def session_reminders_send(*, at: datetime | None = None) -> int:
    """Remind every learner with an approved or active enrolment of each session
    that starts tomorrow in its cohort's time zone (as seen at ``at``, now by
    default). Safe to run again: already reminded learners are skipped. Returns the
    number of emails sent."""
    sent = 0
    for session, enrolments in session_reminder_list(at=at):
        for enrolment in enrolments:
            sent += session_reminder_send(session=session, enrolment=enrolment)
    logger.info("Sent %s session reminder(s).", sent)
    return sent
