"""The enrolment lifecycle. Every status change goes through ``_move``, which checks
the transition, records an EnrolmentEvent (the audit trail) and schedules the email
after commit.

    requested ─┬─> approved ──> active ─┬─> completed
               ├─> waitlisted ─> approved      └─> not completed ─> completed
               └─> rejected
    (requested, waitlisted, approved, active) ──> withdrawn

Seats are counted under a lock on the cohort row (``select_for_update``), so two
requests for the last seat never both get it. On SQLite the same holds because
write transactions start IMMEDIATE (settings), which serialises them.
"""

import logging

from django.db import transaction
from django.utils import timezone

from certificates.exceptions import CertificatesError
from certificates.services import certificate_issue
from courses import tasks
from courses.exceptions import (
    AlreadyEnrolled,
    CohortFull,
    EnrolmentClosed,
    RegionQuotaReached,
    TransitionNotAllowed,
)
from courses.models import (
    Cohort,
    Enrolment,
    EnrolmentEvent,
    Office,
    Profile,
    Region,
    User,
)
from courses.models.regions import region_scope_q

logger = logging.getLogger(__name__)

S = Enrolment.Status

ALLOWED: dict[str, set[str]] = {
    S.REQUESTED: {S.APPROVED, S.REJECTED, S.WAITLISTED, S.WITHDRAWN},
    S.WAITLISTED: {S.APPROVED, S.REJECTED, S.WITHDRAWN},
    S.APPROVED: {S.ACTIVE, S.WITHDRAWN},
    S.ACTIVE: {S.COMPLETED, S.NOT_COMPLETED, S.WITHDRAWN},
    S.NOT_COMPLETED: {S.COMPLETED},  # e.g. a remedial post-test passed later
    S.COMPLETED: set(),
    S.REJECTED: set(),
    S.WITHDRAWN: set(),
}
# Which status changes the learner hears about by email.
NOTIFIED = {S.REQUESTED, S.APPROVED, S.REJECTED, S.WAITLISTED, S.COMPLETED}


def _lock(cohort: Cohort) -> Cohort:
    return Cohort.objects.select_for_update().get(pk=cohort.pk)


def _move(
    enrolment: Enrolment, to_status: str, *, actor: User | None, reason: str = ""
) -> Enrolment:
    if to_status not in ALLOWED[enrolment.status]:
        raise TransitionNotAllowed(enrolment.status, to_status)
    from_status = enrolment.status
    enrolment.status = to_status
    enrolment.status_changed_at = timezone.now()
    enrolment.save(update_fields=["status", "status_changed_at"])
    EnrolmentEvent.objects.create(
        enrolment=enrolment,
        from_status=from_status,
        to_status=to_status,
        actor=actor,
        reason=reason,
    )
    if to_status in NOTIFIED:
        _notify_after_commit(enrolment, to_status)
    return enrolment


def _notify_after_commit(enrolment: Enrolment, status: str) -> None:
    enrolment_id = enrolment.pk
    transaction.on_commit(
        lambda: tasks.enrolment_notify.delay(enrolment_id=enrolment_id, status=status)
    )


def seats_taken(cohort: Cohort) -> int:
    return cohort.enrolments.filter(status__in=Enrolment.SEAT_STATUSES).count()


def _check_seat(cohort: Cohort, learner: User) -> None:
    """Raise if giving ``learner`` a seat would exceed the cohort or a region quota."""
    if seats_taken(cohort) >= cohort.capacity:
        raise CohortFull(cohort.pk)
    region = _learner_region(learner)
    if region is None:
        return
    for quota in cohort.quotas.select_related("region"):
        if not quota.region.contains(region):
            continue
        used = cohort.enrolments.filter(
            region_scope_q(
                quota.region_id,
                code_field="learner__profile__institution__region__code",
            ),
            status__in=Enrolment.SEAT_STATUSES,
        ).count()
        if used >= quota.seats:
            raise RegionQuotaReached(quota.pk)


def _learner_region(learner: User) -> Region | None:
    profile = (
        Profile.objects.filter(user=learner)
        .select_related("institution__region")
        .first()
    )
    if profile is None or profile.institution is None:
        return None
    return profile.institution.region


@transaction.atomic
def enrolment_request(
    *,
    cohort: Cohort,
    learner: User,
    actor: User | None = None,
    nominated_by: User | None = None,
    office: Office | None = None,
) -> Enrolment:
    """Ask for a seat: by the learner, or nominated by an office.

    Without approval, a free seat is given at once, else a place on the waiting list.
    """
    cohort = _lock(cohort)
    if not cohort.is_open_for_enrolment():
        raise EnrolmentClosed(cohort.pk)
    if Enrolment.objects.filter(cohort=cohort, learner=learner).exists():
        raise AlreadyEnrolled(cohort.pk)
    enrolment = Enrolment.objects.create(
        cohort=cohort, learner=learner, nominated_by=nominated_by, office=office
    )
    EnrolmentEvent.objects.create(
        enrolment=enrolment,
        to_status=S.REQUESTED,
        actor=actor or nominated_by or learner,
    )
    if cohort.requires_approval:
        _notify_after_commit(enrolment, S.REQUESTED)
        return enrolment
    try:
        _check_seat(cohort, learner)
    except (CohortFull, RegionQuotaReached):
        return _move(enrolment, S.WAITLISTED, actor=None, reason="seats full")
    return _move(
        enrolment, S.APPROVED, actor=None, reason="seat given in order of request"
    )


def _locked(enrolment: Enrolment) -> Enrolment:
    _lock(enrolment.cohort)
    return (
        Enrolment.objects.select_for_update()
        .select_related("cohort")
        .get(pk=enrolment.pk)
    )


@transaction.atomic
def enrolment_approve(*, enrolment: Enrolment, actor: User | None) -> Enrolment:
    """Give the learner a seat; refused when the cohort or the region quota is full."""
    enrolment = _locked(enrolment)
    if S.APPROVED not in ALLOWED[enrolment.status]:
        raise TransitionNotAllowed(enrolment.status, S.APPROVED)
    _check_seat(enrolment.cohort, enrolment.learner)
    return _move(enrolment, S.APPROVED, actor=actor)


@transaction.atomic
def enrolment_reject(
    *, enrolment: Enrolment, actor: User | None, reason: str = ""
) -> Enrolment:
    return _move(_locked(enrolment), S.REJECTED, actor=actor, reason=reason)


@transaction.atomic
def enrolment_waitlist(
    *, enrolment: Enrolment, actor: User | None, reason: str = ""
) -> Enrolment:
    return _move(_locked(enrolment), S.WAITLISTED, actor=actor, reason=reason)


@transaction.atomic
def enrolment_withdraw(
    *, enrolment: Enrolment, actor: User | None, reason: str = ""
) -> Enrolment:
    """Leave the cohort; a freed seat goes to the longest-waiting learner."""
    enrolment = _locked(enrolment)
    freed = enrolment.holds_seat
    _move(enrolment, S.WITHDRAWN, actor=actor, reason=reason)
    if freed:
        waitlist_promote(cohort=enrolment.cohort)
    return enrolment


@transaction.atomic
def waitlist_promote(*, cohort: Cohort) -> list[Enrolment]:
    """Approve waiting learners in order while seats (and their quotas) allow."""
    cohort = _lock(cohort)
    promoted = []
    waiting = cohort.enrolments.filter(status=S.WAITLISTED).order_by(
        "status_changed_at", "pk"
    )
    for enrolment in waiting.select_related("learner__profile__institution"):
        if seats_taken(cohort) >= cohort.capacity:
            break
        try:
            _check_seat(cohort, enrolment.learner)
        except RegionQuotaReached:
            continue
        promoted.append(_move(enrolment, S.APPROVED, actor=None, reason="seat freed"))
    return promoted


@transaction.atomic
def enrolment_activate(*, enrolment: Enrolment, actor: User | None = None) -> Enrolment:
    """An approved learner starts (first lesson opened, first session attended).
    Idempotent: an already active or finished enrolment is left as it is."""
    enrolment = _locked(enrolment)
    if enrolment.status == S.APPROVED:
        _move(enrolment, S.ACTIVE, actor=actor)
    return enrolment


def enrolment_finish(
    *, enrolment: Enrolment, completed: bool, reason: str = ""
) -> Enrolment:
    """Record the completion rule's verdict (called by services.completion only)."""
    target = S.COMPLETED if completed else S.NOT_COMPLETED
    if enrolment.status == target:
        return enrolment
    _move(enrolment, target, actor=None, reason=reason)
    if completed:
        # Same transaction: the certificate and its number exist iff the
        # completion does; the PDF follows after commit. A certificate rule that
        # refuses (e.g. a number pattern that mimics another template's numbers)
        # is rolled back to its savepoint and never costs the learner the
        # completion or the answers being submitted: the trainer's bulk issue
        # shows the reason and issues it once the template is mended.
        try:
            with transaction.atomic():  # a savepoint
                certificate_issue(enrolment=enrolment)
        except CertificatesError:
            logger.exception("certificate not issued for enrolment %s", enrolment.pk)
    return enrolment
