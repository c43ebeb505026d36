"""Reads for DPK office monitoring. Every read an office makes starts here, from a
function that takes the office first; nothing outside the office's region scope can
come out of this module.

**Scope.** An office sees the people whose *institution* lies within its region
(``region_scope_q`` on the learner's ``Profile.institution.region``): a national
office (no region) sees everyone, a provincial office ("62") its whole province, a
kabupaten/kota office ("62.71") only its own city. An enrolment is within scope
when its learner is; a cohort is within scope when the office organised it or when
at least one learner within scope is enrolled in it. Even in a cohort it organised,
an office sees only its own learners: other regions' people stay invisible (their
own offices monitor them). Learners without an institution are seen by national
offices only.
"""

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.db import connection, models, transaction
from django.db.models import (
    Avg,
    CharField,
    Count,
    Exists,
    Expression,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Substr, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.models import Certificate
from courses.models import (
    Assessment,
    Attempt,
    Attendance,
    Cohort,
    Course,
    Enrolment,
    Institution,
    LessonProgress,
    Office,
    Profile,
    Region,
    Session,
    User,
)
from courses.models.regions import region_scope_q
from courses.selectors.attendance import enrolments_with_attendance_percent
from courses.selectors.progress import required_lesson_ids_for
from courses.selectors.results import (
    enrolment_test_percent_annotations,
    normalised_gain,
)

# Lookup paths from each monitored record to the region code that decides scope.
ENROLMENT_REGION = "learner__profile__institution__region__code"
LEARNER_REGION = "profile__institution__region__code"


def office_scope_q(*, office: Office, code_field: str) -> Q:
    """The filter "within the office's region" for rows reaching a region code
    through ``code_field`` (empty Q for a national office)."""
    return region_scope_q(office.scope_prefix, code_field=code_field)


def enrolments_for_office(*, office: Office) -> QuerySet[Enrolment]:
    """Every enrolment (any status) of a learner whose institution lies within the
    office's region."""
    if not office.scope_prefix:
        return Enrolment.objects.all()
    # A semi-join on the profiles in scope: cheaper than joining user, profile and
    # institution to every enrolment.
    profiles = Profile.objects.filter(
        office_scope_q(office=office, code_field="institution__region__code")
    )
    return Enrolment.objects.filter(learner_id__in=profiles.values("user_id"))


def learners_for_office(*, office: Office) -> QuerySet[User]:
    """People within the office's region who have at least one enrolment."""
    return User.objects.filter(
        office_scope_q(office=office, code_field=LEARNER_REGION),
        Exists(Enrolment.objects.filter(learner_id=OuterRef("pk"))),
    )


def cohorts_for_office(*, office: Office) -> QuerySet[Cohort]:
    """Cohorts the office organised or in which a learner within its region is
    enrolled (every cohort for a national office)."""
    if not office.scope_prefix:
        return Cohort.objects.all()
    return Cohort.objects.filter(
        Q(organiser_id=office.pk)
        | Q(pk__in=enrolments_for_office(office=office).values("cohort_id"))
    )


def regions_for_office(*, office: Office) -> QuerySet[Region]:
    """The regions an office may filter by: every province for a national office,
    the province and its kabupaten/kota for a provincial one, the city itself for a
    city office."""
    if not office.scope_prefix:
        return Region.objects.filter(level=Region.Level.PROVINCE)
    return Region.objects.filter(region_scope_q(office.scope_prefix, code_field="code"))


def enrolment_get_for_office(*, office: Office, enrolment_id: int) -> Enrolment | None:
    """One enrolment within the office's scope, or None (as if it did not exist)."""
    return enrolments_for_office(office=office).filter(pk=enrolment_id).first()


def cohort_get_for_office(*, office: Office, cohort_id: int) -> Cohort | None:
    """One cohort within the office's scope, or None (as if it did not exist)."""
    return (
        cohorts_for_office(office=office)
        .select_related("course")
        .filter(pk=cohort_id)
        .first()
    )


def learner_get_for_office(*, office: Office, learner_id: int) -> User | None:
    """One learner within the office's scope, or None (as if they did not exist)."""
    return (
        learners_for_office(office=office)
        .select_related("profile__institution__region")
        .filter(pk=learner_id)
        .first()
    )


# --- Dashboard ----------------------------------------------------------------------


@dataclass(frozen=True)
class DashboardFilters:
    """What the office narrowed the dashboard to (None: no filter). A region code
    or cohort outside the office's scope simply matches nothing."""

    year: int | None = None
    course_id: int | None = None
    cohort_id: int | None = None
    region_code: str | None = None
    institution_type: str | None = None


@dataclass(frozen=True)
class Figures:
    """Totals of one group of enrolments.

    ``nominated`` counts every enrolment (requested by the learner or nominated by an
    office, whatever became of it); ``approved`` those holding a seat (approved,
    active, completed, not completed); ``attended`` the seat holders whose
    attendance percentage reaches their cohort's minimum; ``completed`` the
    completed ones; ``certificates`` the valid certificates. ``pre_avg`` and
    ``post_avg`` average every counted pre-/post-test percent; ``gain`` is Hake's
    class gain from the means over the learners with both scores."""

    nominated: int = 0
    approved: int = 0
    attended: int = 0
    completed: int = 0
    certificates: int = 0
    pre_avg: Decimal | None = None
    post_avg: Decimal | None = None
    gain: Decimal | None = None

    @property
    def approved_rate(self) -> float | None:
        return _rate(self.approved, self.nominated)

    @property
    def attended_rate(self) -> float | None:
        return _rate(self.attended, self.approved)

    @property
    def completed_rate(self) -> float | None:
        return _rate(self.completed, self.approved)

    @property
    def certificate_rate(self) -> float | None:
        return _rate(self.certificates, self.completed)


def _rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class BreakdownRow:
    key: str
    label: str
    figures: Figures


@dataclass(frozen=True)
class MonthRow:
    month: date
    enrolments: int
    completions: int


@dataclass(frozen=True)
class Dashboard:
    office: Office
    filters: DashboardFilters
    totals: Figures
    breakdowns: dict[str, list[BreakdownRow]]
    months: list[MonthRow]


# The breakdowns of the dashboard, in the order shown; each has its own chart page.
BREAKDOWNS = ("course", "cohort", "region", "institution_type", "sex")


def enrolments_filtered_for_office(
    *, office: Office, filters: DashboardFilters
) -> QuerySet[Enrolment]:
    """The office's enrolments narrowed by the dashboard filters."""
    enrolments = enrolments_for_office(office=office)
    if filters.year:
        enrolments = enrolments.filter(cohort__starts_on__year=filters.year)
    if filters.course_id:
        enrolments = enrolments.filter(cohort__course_id=filters.course_id)
    if filters.cohort_id:
        enrolments = enrolments.filter(cohort_id=filters.cohort_id)
    if filters.region_code:
        enrolments = enrolments.filter(
            region_scope_q(filters.region_code, code_field=ENROLMENT_REGION)
        )
    if filters.institution_type:
        enrolments = enrolments.filter(
            learner__profile__institution__type=filters.institution_type
        )
    return enrolments


def enrolments_with_measures(queryset: QuerySet[Enrolment]) -> QuerySet[Enrolment]:
    """Annotate ``attendance_percent`` (courses.selectors.attendance's rule),
    ``pre_percent`` and ``post_percent`` (courses.selectors.results),
    ``has_certificate`` and ``certificate_number`` (of the valid certificate), all as
    correlated subqueries (no row is loaded into Python)."""
    valid_certificates = Certificate.objects.filter(
        enrolment_id=OuterRef("pk"), status=Certificate.Status.VALID
    )
    return enrolments_with_attendance_percent(queryset).annotate(
        **enrolment_test_percent_annotations(),
        has_certificate=Exists(valid_certificates),
        certificate_number=Subquery(valid_certificates.values("number")[:1]),
    )


# Per enrolment, the measured flags (0/1) and scores the figures add up; computed
# once per row in a common table expression, then grouped once per breakdown.
AGGREGATES = (
    "COUNT(*) AS nominated",
    "SUM(m_seat) AS approved",
    "SUM(m_attended) AS attended",
    "SUM(m_completed) AS completed",
    "SUM(m_certificate) AS certificates",
    "AVG(pre_percent) AS pre_avg",
    "AVG(post_percent) AS post_avg",
    "AVG(CASE WHEN m_paired = 1 THEN pre_percent END) AS paired_pre_avg",
    "AVG(CASE WHEN m_paired = 1 THEN post_percent END) AS paired_post_avg",
)
FIGURE_COLUMNS = tuple(a.rsplit(" AS ", 1)[1] for a in AGGREGATES)


def _key_expressions(office: Office) -> dict[str, Expression]:
    """How each breakdown groups an enrolment, as text (UNION ALL needs one type)."""
    region = "learner__profile__institution__region_id"
    return {
        "course": Cast("cohort__course_id", CharField()),
        "cohort": Cast("cohort_id", CharField()),
        # A national office compares provinces; the others their kabupaten/kota.
        "region": Substr(region, 1, 2) if not office.scope_prefix else F(region),
        "institution_type": F("learner__profile__institution__type"),
        "sex": F("learner__profile__sex"),
    }


def _measured_sql(
    scoped: QuerySet, *, required_lesson_ids: Sequence[int] = ()
) -> tuple[str, list]:
    """SQL (and parameters) of the common table expressions that measure every
    enrolment of ``scoped`` at once; the last one, ``measured``, has the columns of
    ``scoped`` plus m_seat, m_attended, m_completed, m_certificate, m_paired (0/1),
    pre_percent, post_percent, attendance_percent, certificate_number and
    lessons_done (completed progress among ``required_lesson_ids``).

    ``scoped`` is an Enrolment ``values()`` queryset with at least ``id``,
    ``cohort_id``, ``status`` and ``minimum`` (the cohort's minimum attendance).
    Set-based: grouped tables (sessions started per cohort, attendance marks per
    enrolment, the counted pre/post-test attempt, valid certificates, lessons
    done) are joined to the enrolments instead of running correlated subqueries
    row by row. The rules are those of ``courses.selectors.attendance`` (the
    percentage) and ``courses.selectors.results`` (counted attempt: the first
    pre-/post-test of the cohort, graded, best or last per its grading); tests check
    both against ``enrolments_with_measures``."""
    scoped_sql, scoped_params = scoped.query.sql_with_params()
    q = connection.ops.quote_name
    session = q(Session._meta.db_table)
    attendance = q(Attendance._meta.db_table)
    assessment = q(Assessment._meta.db_table)
    attempt = q(Attempt._meta.db_table)
    certificate = q(Certificate._meta.db_table)
    progress = q(LessonProgress._meta.db_table)
    seats = ", ".join(f"'{status}'" for status in Enrolment.SEAT_STATUSES)
    attended = ", ".join(f"'{status}'" for status in Attendance.ATTENDED)
    percent = "ROUND(100.0 * t.score / t.max_score, 2)"
    counted = "(COALESCE(st.n, 0) - COALESCE(mk.excused, 0))"
    lesson_ids = [int(pk) for pk in required_lesson_ids] or [0]
    lessons = ", ".join(["%s"] * len(lesson_ids))
    sql = f"""
    WITH scoped AS MATERIALIZED ({scoped_sql}),
    started AS (
        SELECT cohort_id, COUNT(*) AS n FROM {session}
        WHERE starts_at <= %s AND cohort_id IN (SELECT cohort_id FROM scoped)
        GROUP BY cohort_id
    ),
    marks AS (
        SELECT a.enrolment_id,
            SUM(CASE WHEN a.status IN ({attended}) THEN 1 ELSE 0 END) AS attended,
            SUM(CASE WHEN a.status = 'excused' THEN 1 ELSE 0 END) AS excused
        FROM {attendance} a JOIN {session} se ON se.id = a.session_id
        WHERE se.starts_at <= %s AND a.enrolment_id IN (SELECT id FROM scoped)
        GROUP BY a.enrolment_id
    ),
    first_tests AS (
        SELECT x.id, x.cohort_id, x.kind, x.grading FROM {assessment} x
        WHERE x.id IN (
            SELECT MIN(id) FROM {assessment}
            WHERE kind IN ('pre_test', 'post_test')
                AND cohort_id IN (SELECT cohort_id FROM scoped)
            GROUP BY cohort_id, kind
        )
    ),
    ranked AS (
        SELECT t.enrolment_id, f.kind, {percent} AS percent,
            ROW_NUMBER() OVER (
                PARTITION BY t.enrolment_id, f.kind
                ORDER BY
                    CASE WHEN f.grading = 'best' THEN {percent} END DESC NULLS LAST,
                    CASE WHEN f.grading = 'last' THEN t.number ELSE -t.number END DESC
            ) AS position
        FROM {attempt} t
        JOIN first_tests f ON f.id = t.assessment_id
        JOIN scoped s ON s.id = t.enrolment_id AND s.cohort_id = f.cohort_id
        WHERE t.status = 'graded' AND t.max_score > 0
    ),
    certified AS (
        SELECT enrolment_id, MIN(number) AS number FROM {certificate}
        WHERE status = 'valid' AND enrolment_id IN (SELECT id FROM scoped)
        GROUP BY enrolment_id
    ),
    done AS (
        SELECT enrolment_id, COUNT(*) AS n FROM {progress}
        WHERE completed_at IS NOT NULL AND lesson_id IN ({lessons})
            AND enrolment_id IN (SELECT id FROM scoped)
        GROUP BY enrolment_id
    ),
    measured AS MATERIALIZED (
        SELECT s.*,
            CASE WHEN s.status IN ({seats}) THEN 1 ELSE 0 END AS m_seat,
            CASE WHEN s.status IN ({seats}) AND {counted} > 0
                AND 100.0 * COALESCE(mk.attended, 0) >= s.minimum * {counted}
                THEN 1 ELSE 0 END AS m_attended,
            CASE WHEN s.status = 'completed' THEN 1 ELSE 0 END AS m_completed,
            CASE WHEN c.enrolment_id IS NOT NULL THEN 1 ELSE 0 END AS m_certificate,
            CASE WHEN pre.percent IS NOT NULL AND post.percent IS NOT NULL
                THEN 1 ELSE 0 END AS m_paired,
            pre.percent AS pre_percent,
            post.percent AS post_percent,
            CASE WHEN {counted} > 0
                THEN 100.0 * COALESCE(mk.attended, 0) / {counted} END
                AS attendance_percent,
            c.number AS certificate_number,
            COALESCE(d.n, 0) AS lessons_done
        FROM scoped s
        LEFT JOIN started st ON st.cohort_id = s.cohort_id
        LEFT JOIN marks mk ON mk.enrolment_id = s.id
        LEFT JOIN ranked pre
            ON pre.enrolment_id = s.id AND pre.kind = 'pre_test' AND pre.position = 1
        LEFT JOIN ranked post
            ON post.enrolment_id = s.id AND post.kind = 'post_test'
            AND post.position = 1
        LEFT JOIN certified c ON c.enrolment_id = s.id
        LEFT JOIN done d ON d.enrolment_id = s.id
    )
    """
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    return sql, [*scoped_params, now, now, *lesson_ids]


# --- Long reads -------------------------------------------------------------------

# Rows read per round trip by the streamed exports.
EXPORT_CHUNK_ROWS = 2000


def read_transaction() -> AbstractContextManager:
    """What a long read (an aggregate, a streamed export) runs in.

    PostgreSQL: a transaction, which a server-side cursor needs and
    which blocks no writer. SQLite: none. Its transactions here begin IMMEDIATE
    (lms/settings/base.py), i.e. take the database's write lock: one held while a
    download streams would make every other write in the LMS wait, then fail with
    "database is locked"."""
    if connection.vendor == "sqlite":
        return nullcontext()
    return transaction.atomic()


def _after_q(key: Sequence[str], values: Sequence[object]) -> Q:
    """Rows that come after ``values`` in the order ``key`` (field names, "-" for
    descending): the condition of keyset pagination."""
    after = Q()
    for at, name in enumerate(key):
        lookup = "lt" if name.startswith("-") else "gt"
        step = Q(**{f"{name.lstrip('-')}__{lookup}": values[at]})
        for before, value in zip(key[:at], values[:at], strict=True):
            step &= Q(**{before.lstrip("-"): value})
        after |= step
    return after


def rows_in_chunks(
    queryset: QuerySet,
    *,
    fields: Sequence[str],
    key: Sequence[str],
    chunk_size: int | None = None,
) -> Iterator[tuple]:
    """The ``fields`` of every row of ``queryset`` as tuples, in the order of ``key``
    (fields that are never NULL and together identify a row, e.g. ending with "pk"),
    read ``chunk_size`` rows at a time so memory stays flat whatever the count.

    PostgreSQL: one server-side cursor inside ``read_transaction``. SQLite: one
    query per chunk, each continuing after the last row read (keyset pagination), so
    that between chunks (while the client downloads) no transaction, lock or
    statement is held open: other requests can write meanwhile."""
    chunk_size = chunk_size or EXPORT_CHUNK_ROWS
    ordered = queryset.order_by(*key)
    if connection.vendor != "sqlite":
        with read_transaction():
            yield from ordered.values_list(*fields).iterator(chunk_size=chunk_size)
        return
    names = [name.lstrip("-") for name in key]
    columns = [*fields, *(name for name in names if name not in fields)]
    key_at = [columns.index(name) for name in names]
    rows = ordered.values_list(*columns)
    width = len(fields)
    last: list | None = None
    while True:
        page = rows if last is None else rows.filter(_after_q(key, last))
        chunk = list(page[:chunk_size])
        for row in chunk:
            yield row[:width]
        if len(chunk) < chunk_size:
            return
        last = [chunk[-1][at] for at in key_at]


def _aggregate(
    *, office: Office, filters: DashboardFilters, breakdowns: Sequence[str]
) -> dict[str, list[dict]]:
    """The totals (under "total") and the given breakdowns, in one query: the
    enrolments measured once (``_measured_sql``), then grouped per breakdown with
    UNION ALL. A province of 30,000 enrolments answers in well under a second."""
    keys = _key_expressions(office)
    scoped = (
        enrolments_filtered_for_office(office=office, filters=filters)
        .annotate(
            minimum=F("cohort__min_attendance_percent"),
            **{f"k_{name}": keys[name] for name in breakdowns},
        )
        .order_by()
        .values(
            "id",
            "cohort_id",
            "status",
            "minimum",
            *(f"k_{name}" for name in breakdowns),
        )
    )
    sql, params = _measured_sql(scoped)
    figures = ", ".join(AGGREGATES)
    parts = [f"SELECT 'total', '', {figures} FROM measured"]
    parts += [
        f"SELECT '{name}', k_{name}, {figures} FROM measured GROUP BY k_{name}"
        for name in breakdowns
    ]
    sql += " UNION ALL ".join(parts)
    grouped: dict[str, list[dict]] = {"total": [], **{name: [] for name in breakdowns}}
    with read_transaction(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        for breakdown, key, *values in cursor.fetchall():
            grouped[breakdown].append(
                {"key": key or "", **dict(zip(FIGURE_COLUMNS, values, strict=True))}
            )
    return grouped


def _figure_aggregates() -> dict:
    """The figures as ORM aggregates over a queryset from ``enrolments_with_measures``
    (same rules as the dashboard; used for a single group, e.g. one cohort)."""
    seat = Q(status__in=Enrolment.SEAT_STATUSES)
    both = Q(pre_percent__isnull=False, post_percent__isnull=False)
    return {
        "nominated": Count("pk"),
        "approved": Count("pk", filter=seat),
        "attended": Count(
            "pk",
            filter=seat
            & Q(attendance_percent__gte=F("cohort__min_attendance_percent")),
        ),
        "completed": Count("pk", filter=Q(status=Enrolment.Status.COMPLETED)),
        "certificates": Count("pk", filter=Q(has_certificate=True)),
        "pre_avg": Avg("pre_percent"),
        "post_avg": Avg("post_percent"),
        "paired_pre_avg": Avg("pre_percent", filter=both),
        "paired_post_avg": Avg("post_percent", filter=both),
    }


def figures_for_enrolments(*, enrolments: QuerySet[Enrolment]) -> Figures:
    """The dashboard's figures (same rules) over any already-scoped queryset of
    enrolments, e.g. one cohort's. One query."""
    measured = enrolments_with_measures(enrolments).order_by()
    return _figures(measured.aggregate(**_figure_aggregates()))


def _figures(row: dict | None) -> Figures:
    if row is None:
        return Figures()
    paired_pre = _decimal(row.get("paired_pre_avg"))
    paired_post = _decimal(row.get("paired_post_avg"))
    return Figures(
        nominated=int(row["nominated"] or 0),
        approved=int(row["approved"] or 0),
        attended=int(row["attended"] or 0),
        completed=int(row["completed"] or 0),
        certificates=int(row["certificates"] or 0),
        pre_avg=_decimal(row.get("pre_avg")),
        post_avg=_decimal(row.get("post_avg")),
        gain=normalised_gain(paired_pre, paired_post),
    )


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _rows_course(rows: list[dict]) -> list[BreakdownRow]:
    courses = Course.objects.in_bulk([int(r["key"]) for r in rows])
    rows = sorted(rows, key=lambda r: courses[int(r["key"])].code)
    return [
        BreakdownRow(
            key=r["key"],
            label=f"{courses[int(r['key'])].code} {courses[int(r['key'])].title}",
            figures=_figures(r),
        )
        for r in rows
    ]


def _rows_cohort(rows: list[dict]) -> list[BreakdownRow]:
    cohorts = Cohort.objects.select_related("course").in_bulk(
        [int(r["key"]) for r in rows]
    )
    rows = sorted(rows, key=lambda r: (cohorts[int(r["key"])].starts_on, int(r["key"])))
    return [
        BreakdownRow(
            key=r["key"],
            label=(
                f"{cohorts[int(r['key'])].course.code} · {cohorts[int(r['key'])].title}"
            ),
            figures=_figures(r),
        )
        for r in rows
    ]


def _rows_region(rows: list[dict]) -> list[BreakdownRow]:
    names = Region.objects.in_bulk([r["key"] for r in rows if r["key"]])
    rows = sorted(rows, key=lambda r: r["key"] or "~")
    return [
        BreakdownRow(
            key=r["key"],
            label=(
                f"{r['key']} {names[r['key']].name}"
                if r["key"] in names
                else str(_("Unknown"))
            ),
            figures=_figures(r),
        )
        for r in rows
    ]


def _rows_choices(choices: type[models.TextChoices]):
    def rows_of(rows: list[dict]) -> list[BreakdownRow]:
        labels = dict(choices.choices)
        order = list(labels)
        rows = sorted(
            rows, key=lambda r: order.index(r["key"]) if r["key"] in labels else 99
        )
        return [
            BreakdownRow(
                key=r["key"],
                label=str(labels.get(r["key"], _("Not stated"))),
                figures=_figures(r),
            )
            for r in rows
        ]

    return rows_of


# Turns a breakdown's grouped figures into labelled, ordered rows (at most one
# query each, for the labels).
BREAKDOWN_ROWS = {
    "course": _rows_course,
    "cohort": _rows_cohort,
    "region": _rows_region,
    "institution_type": _rows_choices(Institution.Type),
    "sex": _rows_choices(Profile.Sex),
}


def breakdown_for(
    *, office: Office, filters: DashboardFilters, breakdown: str
) -> list[BreakdownRow]:
    """One breakdown of the dashboard (one query, plus one for its labels)."""
    grouped = _aggregate(office=office, filters=filters, breakdowns=[breakdown])
    return BREAKDOWN_ROWS[breakdown](grouped[breakdown])


def months_for(*, office: Office, filters: DashboardFilters) -> list[MonthRow]:
    """Enrolments per month (by request date) and completions per month (by the date
    the enrolment became completed), every month from the first to the last with
    figures, oldest first. Two queries."""
    enrolments = enrolments_filtered_for_office(office=office, filters=filters)
    requested = dict(
        enrolments.order_by()
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    completed = dict(
        enrolments.filter(status=Enrolment.Status.COMPLETED)
        .order_by()
        .annotate(month=TruncMonth("status_changed_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    seen = {_month(m) for m in requested} | {_month(m) for m in completed}
    months = _month_range(min(seen), max(seen)) if seen else []

    requested = {_month(m): n for m, n in requested.items()}
    completed = {_month(m): n for m, n in completed.items()}
    return [
        MonthRow(
            month=month,
            enrolments=requested.get(month, 0),
            completions=completed.get(month, 0),
        )
        for month in months
    ]


def _month_range(first: date, last: date) -> list[date]:
    """Every month from ``first`` to ``last`` (a month without figures shows as 0,
    so the trend line never jumps over an empty stretch)."""
    months, month = [], first
    while month <= last:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def _month(value: date | datetime) -> date:
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return value.date().replace(day=1)
    return value.replace(day=1)


def totals_for(*, office: Office, filters: DashboardFilters) -> Figures:
    """The dashboard's totals over every enrolment the filters leave (one query)."""
    grouped = _aggregate(office=office, filters=filters, breakdowns=())
    return _figures(next(iter(grouped["total"]), None))


def dashboard_for(*, office: Office, filters: DashboardFilters) -> Dashboard:
    """Totals, every breakdown and the monthly trend of the office's enrolments,
    aggregated in the database: six queries whatever the number of enrolments (one
    for the figures, three for labels, two for the months)."""
    grouped = _aggregate(office=office, filters=filters, breakdowns=BREAKDOWNS)
    return Dashboard(
        office=office,
        filters=filters,
        totals=_figures(next(iter(grouped["total"]), None)),
        breakdowns={name: BREAKDOWN_ROWS[name](grouped[name]) for name in BREAKDOWNS},
        months=months_for(office=office, filters=filters),
    )


# --- Drill-down and export rows -------------------------------------------------------


def _with_roster_columns(
    enrolments: QuerySet[Enrolment], *, required_lesson_ids: list[int]
) -> QuerySet[Enrolment]:
    """Measures plus ``lessons_done`` (required lessons completed) and the learner's
    printed name, institution and region, ready for a roster or an export."""
    done = (
        LessonProgress.objects.filter(
            enrolment_id=OuterRef("pk"),
            completed_at__isnull=False,
            lesson_id__in=required_lesson_ids,
        )
        .order_by()
        .values("enrolment_id")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return enrolments_with_measures(enrolments).annotate(
        lessons_done=Coalesce(Subquery(done, output_field=IntegerField()), Value(0))
    )


@dataclass(frozen=True)
class CohortRoster:
    """The office's learners in one cohort; ``enrolments`` is a lazy queryset (rows
    are read when iterated, so an export can stream it). ``figures`` are the
    dashboard's figures of the same learners (averages and class gain)."""

    cohort: Cohort
    lessons_total: int
    enrolments: QuerySet[Enrolment]
    figures: Figures

    @property
    def rows(self) -> Iterator[Enrolment]:
        """The enrolments, each with ``gain``: the learner's Hake gain
        (``normalised_gain``; None when a score is missing or the pre-test was
        100%)."""
        for enrolment in self.enrolments:
            enrolment.gain = normalised_gain(
                enrolment.pre_percent, enrolment.post_percent
            )
            yield enrolment


def cohort_roster_for_office(*, office: Office, cohort: Cohort) -> CohortRoster:
    """Every enrolment (any status) of the office's learners in ``cohort`` with
    attendance %, required lessons done, pre/post-test percent and certificate,
    ordered by name, and their figures (one query). Learners of other regions are
    left out."""
    required = required_lesson_ids_for(course_id=cohort.course_id)
    scoped = enrolments_for_office(office=office).filter(cohort=cohort)
    enrolments = _with_roster_columns(scoped, required_lesson_ids=required)
    return CohortRoster(
        cohort=cohort,
        lessons_total=len(required),
        enrolments=enrolments.select_related(
            "learner__profile__institution__region"
        ).order_by("learner__profile__full_name", "learner__username", "pk"),
        figures=figures_for_enrolments(enrolments=scoped),
    )


@dataclass(frozen=True)
class LearnerRecord:
    learner: User
    # each with the measures, ``lessons_total`` and ``gain`` (the learner's Hake gain)
    enrolments: list[Enrolment]


def learner_record_for_office(*, office: Office, learner: User) -> LearnerRecord:
    """The learner's enrolments within the office's scope (all of them, since scope
    follows the learner), newest cohort first, with the same columns as a cohort
    roster. One query per course the learner took, for its required lessons."""
    enrolments = enrolments_for_office(office=office).filter(learner=learner)
    course_ids = set(enrolments.values_list("cohort__course_id", flat=True))
    required = {cid: required_lesson_ids_for(course_id=cid) for cid in course_ids}
    rows = list(
        _with_roster_columns(
            enrolments,
            required_lesson_ids=[pk for ids in required.values() for pk in ids],
        )
        .select_related("cohort__course")
        .order_by("-cohort__starts_on", "-pk")
    )
    for enrolment in rows:
        enrolment.lessons_total = len(required[enrolment.cohort.course_id])
        enrolment.gain = normalised_gain(enrolment.pre_percent, enrolment.post_percent)
    return LearnerRecord(learner=learner, enrolments=rows)


# Columns of every per-enrolment export (dashboard "people" table, cohort roster,
# learner record), in order; the values come from ``enrolment_export_rows``.
ENROLMENT_EXPORT_FIELDS = (
    "learner__profile__full_name",
    "learner__profile__nip",
    "learner__profile__sex",
    "learner__profile__institution__name",
    "learner__profile__institution__type",
    "learner__profile__institution__region_id",
    "cohort__course__code",
    "cohort__title",
    "cohort__starts_on",
    "status",
    "attendance_percent",
    "lessons_done",
    "pre_percent",
    "post_percent",
    "certificate_number",
)


def enrolment_export_rows(
    *, enrolments: QuerySet[Enrolment], required_lesson_ids: list[int] | None = None
) -> Iterator[tuple]:
    """Rows (tuples, ``ENROLMENT_EXPORT_FIELDS`` order, codes kept as codes) of
    ``enrolments``, oldest cohort first, measured set-based (``_measured_sql``) and
    read ``EXPORT_CHUNK_ROWS`` at a time: memory stays flat whatever the number of
    rows. PostgreSQL streams one query from a server-side cursor (inside
    ``read_transaction``). SQLite runs one query per batch of whole cohorts
    (``_cohort_batches``; each batch found through the enrolments' cohort index),
    holding no transaction or open statement between batches, so other requests can
    write while the file downloads. ``enrolments`` must already be scoped."""
    plain = [f for f in ENROLMENT_EXPORT_FIELDS if f not in MEASURED_EXPORT_FIELDS]
    scoped = (
        enrolments.annotate(
            minimum=F("cohort__min_attendance_percent"),
            sort_day=F("cohort__starts_on"),
            **{f"x_{n}": F(field) for n, field in enumerate(plain)},
        )
        .order_by()
        .values(
            "id",
            "cohort_id",
            "status",
            "minimum",
            "sort_day",
            *(f"x_{n}" for n in range(len(plain))),
        )
    )
    columns = [
        field if field in MEASURED_EXPORT_FIELDS else f"x_{plain.index(field)}"
        for field in ENROLMENT_EXPORT_FIELDS
    ]
    select = (
        f"SELECT {', '.join(columns)}, sort_day, cohort_id, id FROM measured "
        "ORDER BY sort_day, cohort_id, id"
    )
    lessons = required_lesson_ids or ()
    day_at = ENROLMENT_EXPORT_FIELDS.index("cohort__starts_on")
    width = len(ENROLMENT_EXPORT_FIELDS)
    if connection.vendor != "sqlite":
        sql, params = _measured_sql(scoped, required_lesson_ids=lessons)
        with read_transaction():
            cursor = connection.chunked_cursor()
            try:
                cursor.execute(sql + select, params)
                while chunk := cursor.fetchmany(EXPORT_CHUNK_ROWS):
                    for row in chunk:
                        yield _typed_export_row(row[:width], day_at)
            finally:
                cursor.close()
        return
    for cohort_ids, large in _cohort_batches(enrolments):
        after = 0
        while True:
            page = scoped.filter(cohort_id__in=cohort_ids)
            if large:
                page = page.filter(id__gt=after).order_by("id")[:EXPORT_CHUNK_ROWS]
            sql, params = _measured_sql(page, required_lesson_ids=lessons)
            with connection.cursor() as cursor:
                cursor.execute(sql + select, params)
                chunk = cursor.fetchall()
            for row in chunk:
                yield _typed_export_row(row[:width], day_at)
            if not large or len(chunk) < EXPORT_CHUNK_ROWS:
                break
            after = chunk[-1][-1]


def _cohort_batches(
    enrolments: QuerySet[Enrolment],
) -> Iterator[tuple[list[int], bool]]:
    """The cohorts of ``enrolments`` in export order (first day, id), grouped into
    batches of about ``EXPORT_CHUNK_ROWS`` enrolments; a cohort larger than that is
    a batch of its own, flagged True (read by id in pages). One query: a count per
    cohort, so memory follows the number of cohorts, not of rows."""
    counts = (
        enrolments.order_by()
        .values("cohort_id")
        .annotate(n=Count("pk"))
        .order_by("cohort__starts_on", "cohort_id")
        .values_list("cohort_id", "n")
    )
    batch, size = [], 0
    for cohort_id, n in counts:
        if n > EXPORT_CHUNK_ROWS:
            if batch:
                yield batch, False
                batch, size = [], 0
            yield [cohort_id], True
            continue
        if size + n > EXPORT_CHUNK_ROWS:
            yield batch, False
            batch, size = [], 0
        batch.append(cohort_id)
        size += n
    if batch:
        yield batch, False


# Export columns computed by ``_measured_sql`` (the others are plain fields).
MEASURED_EXPORT_FIELDS = (
    "attendance_percent",
    "lessons_done",
    "pre_percent",
    "post_percent",
    "certificate_number",
)


_PRE_AT = ENROLMENT_EXPORT_FIELDS.index("pre_percent")
_POST_AT = ENROLMENT_EXPORT_FIELDS.index("post_percent")
_ATTENDANCE_AT = ENROLMENT_EXPORT_FIELDS.index("attendance_percent")
_CENT = Decimal("0.01")


def _typed_export_row(row: tuple, day_at: int) -> tuple:
    """Raw SQL returns SQLite dates as text and percents as floats; give every
    database the types the ORM would (date, Decimal percent, float attendance)."""
    row = list(row)
    if isinstance(row[day_at], str):
        row[day_at] = date.fromisoformat(row[day_at])
    for at in (_PRE_AT, _POST_AT):
        if row[at] is not None:
            row[at] = Decimal(str(row[at])).quantize(_CENT)
    if row[_ATTENDANCE_AT] is not None:
        row[_ATTENDANCE_AT] = float(row[_ATTENDANCE_AT])
    return tuple(row)


def dashboard_enrolment_rows(
    *, office: Office, filters: DashboardFilters
) -> Iterator[tuple]:
    """Every enrolment the dashboard counts, one export row each (streamed)."""
    enrolments = enrolments_filtered_for_office(office=office, filters=filters)
    course_ids = set(
        enrolments.order_by().values_list("cohort__course_id", flat=True).distinct()
    )
    required = [
        pk
        for cid in sorted(course_ids)
        for pk in required_lesson_ids_for(course_id=cid)
    ]
    yield from enrolment_export_rows(
        enrolments=enrolments, required_lesson_ids=required
    )


@dataclass(frozen=True)
class CohortChoice:
    pk: int
    label: str
    year: int
    course_id: int


def filter_choices_for(*, office: Office) -> dict[str, list]:
    """What the dashboard's filter form offers, all within the office's scope:
    years and courses of its cohorts, its cohorts (newest first, as
    ``CohortChoice``), its regions. Two queries; years and courses are read off the
    cohort list."""
    cohorts = list(
        cohorts_for_office(office=office)
        .order_by("-starts_on", "title", "pk")
        .values_list(
            "pk", "title", "starts_on", "course_id", "course__code", "course__title"
        )
    )
    courses = {
        course: f"{code} {title}" for _pk, _t, _d, course, code, title in cohorts
    }
    return {
        "year": [
            (y, str(y)) for y in sorted({c[2].year for c in cohorts}, reverse=True)
        ],
        "course": sorted(courses.items(), key=lambda c: c[1]),
        "cohort": [
            CohortChoice(
                pk=pk, label=f"{code} · {title}", year=day.year, course_id=course
            )
            for pk, title, day, course, code, _t in cohorts
        ],
        "region": [
            (code, f"{code} {name}")
            for code, name in regions_for_office(office=office).values_list(
                "code", "name"
            )
        ],
    }


def cohort_enrolment_rows(*, office: Office, cohort: Cohort) -> Iterator[tuple]:
    """Export rows of the office's learners in ``cohort`` (streamed)."""
    yield from enrolment_export_rows(
        enrolments=enrolments_for_office(office=office).filter(cohort=cohort),
        required_lesson_ids=required_lesson_ids_for(course_id=cohort.course_id),
    )


def learner_enrolment_rows(*, office: Office, learner: User) -> Iterator[tuple]:
    """Export rows of the learner's enrolments within the office's scope."""
    enrolments = enrolments_for_office(office=office).filter(learner=learner)
    course_ids = set(enrolments.values_list("cohort__course_id", flat=True))
    required = [
        pk
        for cid in sorted(course_ids)
        for pk in required_lesson_ids_for(course_id=cid)
    ]
    yield from enrolment_export_rows(
        enrolments=enrolments, required_lesson_ids=required
    )
