"""Reads of post-training engagement (TP-BIS community activities).

An office sees the activities that took place in its region (``CommunityActivity.
region`` within the office's scope, through the monitoring selector layer's
``office_scope_q``); a person sees and
edits the activities they recorded.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce, TruncMonth

from courses.models import (
    CommunityActivity,
    Enrolment,
    Institution,
    Office,
    Region,
    User,
)
from courses.models.regions import region_scope_q
from courses.selectors.monitoring import (
    DashboardFilters,
    office_scope_q,
    regions_for_office,
    rows_in_chunks,
)

PARTICIPANT_FIELDS = (
    "participants_male",
    "participants_female",
    "participants_children",
    "participants_adults",
    "participants_elderly",
    "participants_disability",
)


def community_activity_list_for_recorder(*, user: User) -> QuerySet[CommunityActivity]:
    """Activities ``user`` recorded, most recent first."""
    return CommunityActivity.objects.filter(recorded_by=user).select_related(
        "region", "institution", "enrolment__cohort__course"
    )


def community_activity_list_for_office(
    *, office: Office, year: int | None = None
) -> QuerySet[CommunityActivity]:
    """Activities held in the office's region (in ``year`` if given), most recent
    first."""
    activities = CommunityActivity.objects.filter(
        office_scope_q(office=office, code_field="region__code")
    )
    if year is not None:
        activities = activities.filter(
            held_on__gte=date(year, 1, 1), held_on__lte=date(year, 12, 31)
        )
    return activities.select_related(
        "region", "institution", "enrolment__cohort__course", "recorded_by__profile"
    )


def community_activity_list_filtered_for_office(
    *, office: Office, filters: DashboardFilters
) -> QuerySet[CommunityActivity]:
    """The office's activities narrowed by the monitoring dashboard's filters, each
    read for an activity: the year it was held, the region (or regency/city) where
    it was held, the course or cohort of the training it followed (an activity that
    follows no training, e.g. recorded by an office, drops out of those two), and
    the type of the institution that organised it."""
    activities = community_activity_list_for_office(office=office, year=filters.year)
    if filters.region_code:
        activities = activities.filter(
            region_scope_q(filters.region_code, code_field="region__code")
        )
    if filters.course_id:
        activities = activities.filter(enrolment__cohort__course_id=filters.course_id)
    if filters.cohort_id:
        activities = activities.filter(enrolment__cohort_id=filters.cohort_id)
    if filters.institution_type:
        activities = activities.filter(institution__type=filters.institution_type)
    return activities


@dataclass(frozen=True)
class EngagementTotals:
    activities: int = 0
    participants_male: int = 0
    participants_female: int = 0
    participants_children: int = 0
    participants_adults: int = 0
    participants_elderly: int = 0
    participants_disability: int = 0

    @property
    def participants(self) -> int:
        return self.participants_male + self.participants_female


@dataclass(frozen=True)
class EngagementMonth(EngagementTotals):
    month: date | None = None  # the first day of the month


@dataclass(frozen=True)
class EngagementSummary:
    totals: EngagementTotals
    months: list[EngagementMonth] = field(default_factory=list)
    filters: DashboardFilters = DashboardFilters()

    @property
    def year(self) -> int | None:
        return self.filters.year

    @property
    def narrowed(self) -> bool:
        """Whether filters other than the year apply (the card then says so)."""
        return any(
            (
                self.filters.region_code,
                self.filters.course_id,
                self.filters.cohort_id,
                self.filters.institution_type,
            )
        )


def _sums() -> dict:
    return {
        "activities": Count("pk"),
        **{name: Coalesce(Sum(name), 0) for name in PARTICIPANT_FIELDS},
    }


def engagement_summary_for(
    *, office: Office, filters: DashboardFilters | None = None
) -> EngagementSummary:
    """Activities held in the office's region, narrowed by ``filters`` (see
    ``community_activity_list_filtered_for_office``): how many, and their
    participants by sex, age group and disability, in total and per month (oldest
    month first). Two aggregate queries, whatever the number of rows."""
    filters = filters or DashboardFilters()
    activities = community_activity_list_filtered_for_office(
        office=office, filters=filters
    ).order_by()
    totals = EngagementTotals(**activities.aggregate(**_sums()))
    months = [
        EngagementMonth(**row)
        for row in activities.annotate(month=TruncMonth("held_on"))
        .values("month")
        .annotate(**_sums())
        .order_by("month")
    ]
    return EngagementSummary(totals=totals, months=months, filters=filters)


ACTIVITY_EXPORT_COLUMNS = (
    "held_on",
    "kind",
    "title",
    "region__code",
    "region__name",
    "institution__name",
    "enrolment__cohort__course__code",
    *PARTICIPANT_FIELDS,
    "partners",
    "outputs",
    "recorded_by__profile__full_name",
)


def community_activity_rows_for_office(
    *, office: Office, year: int | None = None
) -> Iterator[tuple]:
    """The office's activities as tuples (``ACTIVITY_EXPORT_COLUMNS``), in chunks."""
    kinds = dict(CommunityActivity.Kind.choices)
    rows = rows_in_chunks(
        community_activity_list_for_office(office=office, year=year),
        fields=ACTIVITY_EXPORT_COLUMNS,
        key=("-held_on", "-pk"),
    )
    for row in rows:
        yield (row[0], str(kinds.get(row[1], row[1])), *row[2:])


def enrolment_list_completed_for(*, learner: User) -> QuerySet[Enrolment]:
    """The learner's completed enrolments: the trainings an activity can follow."""
    return (
        Enrolment.objects.filter(learner=learner, status=Enrolment.Status.COMPLETED)
        .select_related("cohort__course")
        .order_by("-cohort__ends_on", "pk")
    )


def institution_list_for_office(*, office: Office) -> QuerySet[Institution]:
    """Institutions in the office's region, by name."""
    return Institution.objects.filter(
        office_scope_q(office=office, code_field="region__code")
    ).select_related("region")


def region_list_for_office(*, office: Office) -> QuerySet[Region]:
    """The office's region and every region under it (every region: national)."""
    if not office.scope_prefix:
        return Region.objects.all()
    return regions_for_office(office=office)


def region_list_for_learner(*, learner: User) -> QuerySet[Region]:
    """Where a learner's activity may take place: the province of their institution
    and its kabupaten/kota (every region if they have no institution)."""
    profile = getattr(learner, "profile", None)
    institution = profile.institution if profile else None
    if institution is None:
        return Region.objects.all()
    province = institution.region.province_code
    return Region.objects.filter(Q(code=province) | Q(code__startswith=f"{province}."))
