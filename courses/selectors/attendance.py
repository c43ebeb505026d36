"""Reads of attendance: the roster of a session, attendance percentages, the sessions a
trainer runs and the sessions to remind learners of.

**Attendance percentage** of an enrolment = sessions attended (present or late) /
sessions counted, where only sessions of the cohort that have already started count
(a session in progress counts; one not marked yet counts as not attended) and a
session where the learner is *excused* (izin) is left out of the count altogether:
an excused absence neither helps nor hurts. No session counted yet gives ``None``.
It is computed in the database, one query for a whole cohort.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import (
    Count,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce, NullIf
from django.utils import timezone

from courses.models import Attendance, Cohort, Enrolment, Session, User

# Enrolments that appear on a roster: everyone who holds (or held) a seat.
ROSTER_STATUSES = tuple(Enrolment.SEAT_STATUSES)
# Enrolments that may check in with the QR code and get reminders.
CHECKIN_STATUSES = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE)


def _count(queryset: QuerySet, group_by: str) -> Coalesce:
    """COUNT(*) of a correlated subquery, 0 when it has no rows."""
    counted = (
        queryset.order_by().values(group_by).annotate(n=Count("pk")).values("n")[:1]
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def enrolments_with_attendance_percent(
    queryset: QuerySet[Enrolment], *, at: datetime | None = None
) -> QuerySet[Enrolment]:
    """Annotate enrolments with ``sessions_counted``, ``sessions_attended``,
    ``sessions_excused`` and ``attendance_percent`` (float 0-100 or None), as of
    ``at`` (now by default). See the module docstring for the rule."""
    at = at or timezone.now()
    started = Session.objects.filter(cohort_id=OuterRef("cohort_id"), starts_at__lte=at)
    marked = Attendance.objects.filter(
        enrolment_id=OuterRef("pk"), session__starts_at__lte=at
    )
    return queryset.annotate(
        sessions_started=_count(started, "cohort_id"),
        sessions_attended=_count(
            marked.filter(status__in=Attendance.ATTENDED), "enrolment_id"
        ),
        sessions_excused=_count(
            marked.filter(status=Attendance.Status.EXCUSED), "enrolment_id"
        ),
    ).annotate(
        sessions_counted=F("sessions_started") - F("sessions_excused"),
        attendance_percent=Cast(
            Cast(F("sessions_attended"), FloatField())
            * Value(100.0)
            / Cast(NullIf(F("sessions_counted"), Value(0)), FloatField()),
            FloatField(),
        ),
    )


def attendance_percent_for(
    *, enrolment: Enrolment, at: datetime | None = None
) -> float | None:
    """The attendance percentage of one enrolment (None: no session counted yet)."""
    return (
        enrolments_with_attendance_percent(
            Enrolment.objects.filter(pk=enrolment.pk), at=at
        )
        .values_list("attendance_percent", flat=True)
        .get()
    )


def attendance_percent_by_enrolment(
    *, cohort: Cohort, at: datetime | None = None
) -> dict[int, float | None]:
    """Attendance percentage of every enrolment of ``cohort``, by enrolment id."""
    return dict(
        enrolments_with_attendance_percent(
            Enrolment.objects.filter(cohort=cohort), at=at
        ).values_list("pk", "attendance_percent")
    )


@dataclass(frozen=True)
class RosterRow:
    enrolment: Enrolment
    attendance: Attendance | None
    percent: float | None
    minimum_percent: int

    @property
    def learner_name(self) -> str:
        learner = self.enrolment.learner
        profile = getattr(learner, "profile", None)
        return (
            (profile and profile.full_name) or learner.get_full_name() or str(learner)
        )

    @property
    def institution_name(self) -> str:
        profile = getattr(self.enrolment.learner, "profile", None)
        return profile.institution.name if profile and profile.institution else ""

    @property
    def status(self) -> str:
        return self.attendance.status if self.attendance else ""

    @property
    def is_below_minimum(self) -> bool:
        return self.percent is not None and self.percent < self.minimum_percent


def roster_for(*, session: Session, at: datetime | None = None) -> list[RosterRow]:
    """One row per enrolment of the session's cohort that holds a seat (approved,
    active, completed, not completed), with its record for this session (or None) and
    its attendance percentage. Two queries whatever the number of learners."""
    enrolments = (
        enrolments_with_attendance_percent(
            Enrolment.objects.filter(
                cohort_id=session.cohort_id, status__in=ROSTER_STATUSES
            ),
            at=at,
        )
        .select_related("learner__profile__institution")
        .prefetch_related(
            Prefetch(
                "attendances",
                queryset=Attendance.objects.filter(session=session),
                to_attr="attendance_here",
            )
        )
        .order_by("learner__profile__full_name", "learner__username", "pk")
    )
    minimum = session.cohort.min_attendance_percent
    return [
        RosterRow(
            enrolment=enrolment,
            attendance=next(iter(enrolment.attendance_here), None),
            percent=enrolment.attendance_percent,
            minimum_percent=minimum,
        )
        for enrolment in enrolments
    ]


@dataclass(frozen=True)
class RosterSummary:
    present: int
    late: int
    absent: int
    excused: int
    unmarked: int


def roster_summary(rows: Iterable[RosterRow]) -> RosterSummary:
    """How many rows have each status (no query: counts the rows given)."""
    statuses = [row.status for row in rows]
    status = Attendance.Status
    return RosterSummary(
        present=statuses.count(status.PRESENT),
        late=statuses.count(status.LATE),
        absent=statuses.count(status.ABSENT),
        excused=statuses.count(status.EXCUSED),
        unmarked=statuses.count(""),
    )


def session_list_for_trainer(
    *, trainer: User, ends_after: datetime | None = None
) -> QuerySet[Session]:
    """Sessions of the cohorts ``trainer`` runs (every session for an
    administrator), earliest first; only those ending after ``ends_after`` if given."""
    sessions = Session.objects.select_related("cohort__course").order_by(
        "starts_at", "pk"
    )
    if not trainer.is_superuser:
        sessions = sessions.filter(cohort__trainers=trainer)
    if ends_after is not None:
        sessions = sessions.filter(ends_at__gt=ends_after)
    return sessions


def enrolment_get_for_check_in(*, session: Session, learner: User) -> Enrolment | None:
    """The learner's enrolment that may check in to ``session`` (approved or
    active, in the session's cohort), or None."""
    if not learner.is_authenticated:
        return None
    return Enrolment.objects.filter(
        cohort_id=session.cohort_id, learner=learner, status__in=CHECKIN_STATUSES
    ).first()


def attendance_get_for(*, session: Session, learner: User) -> Attendance | None:
    """The learner's record for ``session``, whatever the enrolment's status."""
    if not learner.is_authenticated:
        return None
    return Attendance.objects.filter(
        session=session, enrolment__learner=learner
    ).first()


def session_reminder_list(
    *, at: datetime | None = None
) -> list[tuple[Session, list[Enrolment]]]:
    """Sessions that start *tomorrow* in their cohort's time zone, as seen at ``at``
    (now by default), each with the approved or active enrolments of its cohort
    (learner and profile loaded). Two queries.

    "Tomorrow" depends on the zone: at 23:30 WIB it is already the next day in WITA,
    so a WITA session of the day after next is due and one of the next day is not."""
    at = at or timezone.now()
    # Tomorrow starts after ``at`` and ends within 48 hours of it in every zone.
    candidates = (
        Session.objects.filter(starts_at__gt=at, starts_at__lt=at + timedelta(hours=48))
        .select_related("cohort__course")
        .order_by("starts_at", "pk")
    )
    sessions = [
        session
        for session in candidates
        if _local_date(session.starts_at, session.cohort.time_zone)
        == _local_date(at, session.cohort.time_zone) + timedelta(days=1)
    ]
    enrolments_by_cohort: dict[int, list[Enrolment]] = {}
    for enrolment in (
        Enrolment.objects.filter(
            cohort_id__in={s.cohort_id for s in sessions}, status__in=CHECKIN_STATUSES
        )
        .select_related("learner__profile")
        .order_by("pk")
    ):
        enrolments_by_cohort.setdefault(enrolment.cohort_id, []).append(enrolment)
    return [(s, enrolments_by_cohort.get(s.cohort_id, [])) for s in sessions]


def _local_date(moment: datetime, zone_name: str) -> date:
    return timezone.localtime(moment, ZoneInfo(zone_name)).date()
