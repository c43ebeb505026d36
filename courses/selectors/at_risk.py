"""The trainer's roster of a cohort with each learner's progress, attendance, pre/post
scores and whether they are **at risk** of not completing, and why.

A learner who is still studying (approved or active) in a cohort that has started is
at risk when any of these holds, as of ``at`` (now by default, dates in the cohort's
own time zone):
- attendance so far is below the cohort's minimum;
- the share of required lessons done is more than ``PROGRESS_TOLERANCE`` percentage
  points behind the share of the cohort's days already gone (schedule share);
- the post-test is required, the cohort ends within ``POST_TEST_WARNING_DAYS`` days
  (or has ended), and the post-test was failed or not taken;
- the cohort started at least ``INACTIVE_DAYS`` days ago and nothing was done
  (lesson opened, session attended, attempt started) in the last ``INACTIVE_DAYS``.

Everything is read in a fixed number of queries, whatever the number of learners.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db.models import Count, IntegerField, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import (
    Assessment,
    Attempt,
    Attendance,
    Cohort,
    Enrolment,
    LessonProgress,
)
from courses.selectors.attendance import enrolments_with_attendance_percent
from courses.selectors.progress import required_lesson_ids_for
from courses.selectors.results import (
    enrolment_test_percent_annotations,
    normalised_gain,
)

PROGRESS_TOLERANCE = 20  # percentage points
POST_TEST_WARNING_DAYS = 2
INACTIVE_DAYS = 7
STUDYING = (Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE)


@dataclass
class RosterLine:
    enrolment: Enrolment
    attendance_percent: float | None
    lessons_done: int
    lessons_total: int
    pre_percent: Decimal | None
    post_percent: Decimal | None
    last_activity: datetime | None
    risks: list[str] = field(default_factory=list)

    @property
    def progress_percent(self) -> int | None:
        if not self.lessons_total:
            return None
        return round(100 * self.lessons_done / self.lessons_total)

    @property
    def at_risk(self) -> bool:
        return bool(self.risks)

    @property
    def gain(self) -> Decimal | None:
        """Hake's normalised gain of the learner (None when a score is missing or
        the pre-test was 100%)."""
        return normalised_gain(self.pre_percent, self.post_percent)

    @property
    def holds_seat(self) -> bool:
        return self.enrolment.holds_seat


def _latest(queryset, group_by: str, moment: str) -> Subquery:
    latest = (
        queryset.order_by()
        .values(group_by)
        .annotate(latest=Max(moment))
        .values("latest")[:1]
    )
    return Subquery(latest)


def schedule_share(*, cohort: Cohort, today: date) -> float:
    """The share (0..1) of the cohort's days that have begun by ``today``."""
    days = (cohort.ends_on - cohort.starts_on).days + 1
    gone = (today - cohort.starts_on).days + 1
    return min(max(gone / days, 0.0), 1.0)


def cohort_roster_with_risk_for(
    *, cohort: Cohort, at: datetime | None = None
) -> list[RosterLine]:
    """Every enrolment of ``cohort`` (any status, ordered like the enrolment roster)
    with its measures and, for learners still studying, the reasons they are at risk
    (see the module docstring). Seven queries whatever the number of learners."""
    at = at or timezone.now()
    today = timezone.localtime(at, ZoneInfo(cohort.time_zone)).date()
    required = required_lesson_ids_for(course_id=cohort.course_id)
    post_test = (
        Assessment.objects.filter(cohort=cohort, kind=Assessment.Kind.POST_TEST)
        .order_by("pk")
        .first()
    )
    done = (
        LessonProgress.objects.filter(
            enrolment_id=OuterRef("pk"),
            completed_at__isnull=False,
            lesson_id__in=required,
        )
        .order_by()
        .values("enrolment_id")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    enrolments = (
        enrolments_with_attendance_percent(cohort.enrolments.all(), at=at)
        .annotate(
            **enrolment_test_percent_annotations(),
            lessons_done=Coalesce(
                Subquery(done, output_field=IntegerField()), Value(0)
            ),
            last_lesson_at=_latest(
                LessonProgress.objects.filter(enrolment_id=OuterRef("pk")),
                "enrolment_id",
                "last_viewed_at",
            ),
            last_attended_at=_latest(
                Attendance.objects.filter(
                    enrolment_id=OuterRef("pk"), status__in=Attendance.ATTENDED
                ),
                "enrolment_id",
                "recorded_at",
            ),
            last_attempt_at=_latest(
                Attempt.objects.filter(enrolment_id=OuterRef("pk")),
                "enrolment_id",
                "started_at",
            ),
        )
        .select_related("learner__profile__institution__region", "office__institution")
        .order_by("status", "learner__profile__full_name", "pk")
    )
    share = schedule_share(cohort=cohort, today=today)
    started = today >= cohort.starts_on
    lines = []
    for enrolment in enrolments:
        moments = [
            m
            for m in (
                enrolment.last_lesson_at,
                enrolment.last_attended_at,
                enrolment.last_attempt_at,
            )
            if m is not None
        ]
        line = RosterLine(
            enrolment=enrolment,
            attendance_percent=enrolment.attendance_percent,
            lessons_done=enrolment.lessons_done,
            lessons_total=len(required),
            pre_percent=enrolment.pre_percent,
            post_percent=enrolment.post_percent,
            last_activity=max(moments) if moments else None,
        )
        if started and enrolment.status in STUDYING:
            line.risks = _risks(line, cohort, post_test, share, today, at)
        lines.append(line)
    return lines


def _risks(
    line: RosterLine,
    cohort: Cohort,
    post_test: Assessment | None,
    share: float,
    today: date,
    at: datetime,
) -> list[str]:
    risks = []
    attendance = line.attendance_percent
    if attendance is not None and attendance < cohort.min_attendance_percent:
        risks.append(
            _("attendance %(have)s%% is below the minimum %(need)s%%")
            % {"have": round(attendance), "need": cohort.min_attendance_percent}
        )
    progress = line.progress_percent
    expected = round(100 * share)
    if progress is not None and progress + PROGRESS_TOLERANCE < expected:
        risks.append(
            _(
                "%(done)s%% of lessons done while %(expected)s%% of the cohort has passed"
            )
            % {"done": progress, "expected": expected}
        )
    if (
        cohort.requires_post_test
        and post_test is not None
        and (cohort.ends_on - today).days <= POST_TEST_WARNING_DAYS
    ):
        if line.post_percent is None:
            risks.append(_("post-test not taken yet"))
        elif line.post_percent < post_test.pass_mark:
            risks.append(
                _("post-test failed (%(percent)s%%)")
                % {"percent": round(line.post_percent)}
            )
    if (today - cohort.starts_on).days >= INACTIVE_DAYS and (
        line.last_activity is None
        or line.last_activity < at - timedelta(days=INACTIVE_DAYS)
    ):
        risks.append(
            _("no activity in the last %(days)s days") % {"days": INACTIVE_DAYS}
        )
    return risks


def cohort_roster_rows_for(
    *, cohort: Cohort, only_at_risk: bool = False, at: datetime | None = None
) -> Iterator[tuple]:
    """The trainer's roster of ``cohort`` as export rows, in the page's order (all
    learners, or those at risk): name, NIP, institution, its region code, status,
    nominating office, required lessons done and total, progress %, attendance %,
    pre-test %, post-test %, normalised gain, last activity (wall-clock time of the
    cohort's zone), at risk (yes/no) and the reasons. Same reads as
    ``cohort_roster_with_risk_for``."""
    zone = ZoneInfo(cohort.time_zone)
    for line in cohort_roster_with_risk_for(cohort=cohort, at=at):
        if only_at_risk and not line.at_risk:
            continue
        enrolment = line.enrolment
        profile = getattr(enrolment.learner, "profile", None)
        institution = profile.institution if profile else None
        yield (
            (profile and profile.full_name) or enrolment.learner.get_username(),
            profile.nip if profile else "",
            institution.name if institution else "",
            institution.region_id if institution else "",
            str(enrolment.get_status_display()),
            str(enrolment.office) if enrolment.office else "",
            line.lessons_done,
            line.lessons_total,
            line.progress_percent,
            (
                round(line.attendance_percent, 1)
                if line.attendance_percent is not None
                else None
            ),
            _cent(line.pre_percent),
            _cent(line.post_percent),
            line.gain,
            (
                timezone.localtime(line.last_activity, zone).replace(tzinfo=None)
                if line.last_activity
                else None
            ),
            str(_("Yes") if line.at_risk else _("No")),
            "; ".join(line.risks),
        )


def _cent(percent: Decimal | None) -> Decimal | None:
    # SQLite hands back Decimal("40") or Decimal("41.6700000000000"), PostgreSQL
    # Decimal("40.00"): the same two decimals in every file.
    return None if percent is None else percent.quantize(Decimal("0.01"))
