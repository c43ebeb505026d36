"""The JP ledger: the lesson hours (jam pelajaran) a person earned by completing
trainings, per year, and the civil servants of a region below the yearly
development target.

**Rule.** A training counts once its enrolment is *completed*; it earns the course's
JP in the year of the cohort's last day (``Cohort.ends_on``). The development target
of a civil servant (a profile with a NIP) is ``JP_TARGET_PER_YEAR`` JP a year.

Office reads take the office first and keep to its region through the monitoring
selector layer (``courses.selectors.monitoring.office_scope_q`` on the person's
institution): a person is seen by the offices of their institution's region.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import (
    DecimalField,
    ExpressionWrapper,
    F,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from courses.models import Cohort, Enrolment, Office, Profile, User
from courses.selectors.monitoring import (
    LEARNER_REGION,
    Figures,
    enrolments_for_office,
    enrolments_with_measures,
    figures_for_enrolments,
    office_scope_q,
    rows_in_chunks,
)

JP_TARGET_PER_YEAR = Decimal("20")
ZERO_JP = Value(Decimal("0"), output_field=DecimalField(max_digits=7, decimal_places=1))


@dataclass(frozen=True)
class LedgerEntry:
    enrolment_id: int
    course_code: str
    course_title: str
    cohort_title: str
    starts_on: date
    ends_on: date
    jp: Decimal


@dataclass
class LedgerYear:
    year: int
    entries: list[LedgerEntry] = field(default_factory=list)

    @property
    def total_jp(self) -> Decimal:
        return sum((entry.jp for entry in self.entries), Decimal("0"))

    @property
    def shortfall(self) -> Decimal:
        return max(JP_TARGET_PER_YEAR - self.total_jp, Decimal("0"))

    @property
    def meets_target(self) -> bool:
        return self.total_jp >= JP_TARGET_PER_YEAR


def jp_ledger_for(*, learner: User) -> list[LedgerYear]:
    """Every completed training of ``learner`` with its JP, grouped by the year of
    the cohort's last day, the most recent year first. One query."""
    rows = (
        Enrolment.objects.filter(learner=learner, status=Enrolment.Status.COMPLETED)
        .order_by("-cohort__ends_on", "cohort__course__code", "pk")
        .values_list(
            "pk",
            "cohort__course__code",
            "cohort__course__title",
            "cohort__title",
            "cohort__starts_on",
            "cohort__ends_on",
            "cohort__course__jp",
        )
    )
    years: dict[int, LedgerYear] = {}
    for pk, code, title, cohort_title, starts_on, ends_on, jp in rows:
        year = years.setdefault(ends_on.year, LedgerYear(year=ends_on.year))
        year.entries.append(
            LedgerEntry(
                enrolment_id=pk,
                course_code=code,
                course_title=title,
                cohort_title=cohort_title,
                starts_on=starts_on,
                ends_on=ends_on,
                jp=jp,
            )
        )
    return list(years.values())


def jp_ledger_rows(*, learner: User) -> Iterator[tuple]:
    """The learner's ledger as export rows, one per completed training, most recent
    year first: year, course code, course title, cohort, first day, last day, JP,
    and the year's total JP. One query (``jp_ledger_for``); a person's ledger is a
    few dozen rows at most."""
    for year in jp_ledger_for(learner=learner):
        total = year.total_jp
        for entry in year.entries:
            yield (
                year.year,
                entry.course_code,
                entry.course_title,
                entry.cohort_title,
                entry.starts_on,
                entry.ends_on,
                entry.jp,
                total,
            )


def profile_list_for_office(*, office: Office) -> QuerySet[Profile]:
    """Profiles of people whose institution lies in the office's region."""
    return Profile.objects.filter(
        office_scope_q(office=office, code_field="institution__region__code")
    )


def learner_get_for_office(*, office: Office, learner_id: int) -> User | None:
    """The learner with ``learner_id`` if the office may see them, else None."""
    return (
        User.objects.filter(
            office_scope_q(office=office, code_field=LEARNER_REGION), pk=learner_id
        )
        .select_related("profile__institution__region")
        .first()
    )


def profile_search_for_office(
    *, office: Office, query: str, limit: int = 20
) -> QuerySet[Profile]:
    """Up to ``limit`` people of the office's region whose name or NIP contains
    ``query`` (empty query: none)."""
    query = query.strip()
    if not query:
        return Profile.objects.none()
    return (
        profile_list_for_office(office=office)
        .filter(Q(full_name__icontains=query) | Q(nip__startswith=query))
        .select_related("institution")
        .order_by("full_name", "pk")[:limit]
    )


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def jp_below_target_for(
    *, office: Office, year: int, target: Decimal = JP_TARGET_PER_YEAR
) -> QuerySet[Profile]:
    """Civil servants (profiles with a NIP) of the office's region whose JP earned in
    ``year`` is below ``target``, lowest first. Summed in the database, one row per
    person, annotated with ``jp_year`` and ``shortfall``; people with no completed
    training that year are listed with 0 JP."""
    first, last = year_bounds(year)
    earned = Q(
        user__enrolments__status=Enrolment.Status.COMPLETED,
        user__enrolments__cohort__ends_on__gte=first,
        user__enrolments__cohort__ends_on__lte=last,
    )
    return (
        profile_list_for_office(office=office)
        .exclude(nip="")
        .annotate(
            jp_year=Coalesce(
                Sum("user__enrolments__cohort__course__jp", filter=earned), ZERO_JP
            )
        )
        .filter(jp_year__lt=target)
        .annotate(
            shortfall=ExpressionWrapper(
                Value(target) - F("jp_year"),
                output_field=DecimalField(max_digits=7, decimal_places=1),
            )
        )
        .select_related("institution")
        .order_by("jp_year", "full_name", "pk")
    )


BELOW_TARGET_COLUMNS = (
    "full_name",
    "nip",
    "institution__name",
    "institution__region__code",
    "jp_year",
    "shortfall",
)


def jp_below_target_rows(
    *, office: Office, year: int, target: Decimal = JP_TARGET_PER_YEAR
) -> Iterator[tuple]:
    """The report as plain tuples (``BELOW_TARGET_COLUMNS``), lowest JP first, read
    in chunks (``rows_in_chunks``): an export of any size keeps memory flat and, on
    SQLite, holds no lock while it downloads."""
    return rows_in_chunks(
        jp_below_target_for(office=office, year=year, target=target),
        fields=BELOW_TARGET_COLUMNS,
        key=("jp_year", "full_name", "pk"),
    )


# --- Cohort report (the printable PDF summary) -----------------------------------------


@dataclass(frozen=True)
class CohortReport:
    cohort: Cohort
    trainers: list[str]
    totals: Figures
    enrolments: list[Enrolment]  # with attendance_percent, pre/post_percent


def cohort_report_for(*, cohort: Cohort, office: Office | None = None) -> CohortReport:
    """Facts, totals and participants of ``cohort`` for its printable summary: the
    office's learners only when ``office`` is given (scope of the monitoring
    selectors), everyone for the cohort's trainers. Totals follow the dashboard's
    rules (``courses.selectors.monitoring``). Four queries."""
    if office is not None:
        enrolments = enrolments_for_office(office=office).filter(cohort=cohort)
    else:
        enrolments = Enrolment.objects.filter(cohort=cohort)
    totals = figures_for_enrolments(enrolments=enrolments)
    rows = list(
        enrolments_with_measures(enrolments)
        .select_related("learner__profile__institution")
        .order_by("learner__profile__full_name", "learner__username", "pk")
    )
    trainers = [
        name or username
        for name, username in cohort.trainers.order_by(
            "profile__full_name"
        ).values_list("profile__full_name", "username")
    ]
    return CohortReport(
        cohort=cohort, trainers=trainers, totals=totals, enrolments=rows
    )
