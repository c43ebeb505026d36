"""Reads for DPK office nominations. Reads for an office take the office first and
never return another office's imports; "within a region" is always
``region_scope_q``/``Region.contains``."""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.core.paginator import Page, Paginator
from django.db.models import Count, ExpressionWrapper, F, IntegerField, Q, QuerySet
from django.db.models.functions import Lower
from django.utils import timezone

from courses.models import (
    Cohort,
    Enrolment,
    Institution,
    NominationImport,
    Office,
    Profile,
    Region,
    User,
)
from courses.models.regions import region_scope_q
from courses.nominations_file import row_error_text

# Every enrolment that is not rejected or withdrawn claims a seat for nominations:
# requested and waiting-listed people are counted too, so an office never nominates
# more people than the cohort could ever take.
NOT_CLAIMING = (Enrolment.Status.REJECTED, Enrolment.Status.WITHDRAWN)
# Keeps IN (...) lists under SQLite's historical limit of 999 parameters.
CHUNK = 900


def _chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _open_for_enrolment_q(at: datetime) -> Q:
    """The queryset form of ``Cohort.is_open_for_enrolment``."""
    return (Q(enrolment_opens_at__isnull=True) | Q(enrolment_opens_at__lte=at)) & (
        Q(enrolment_closes_at__isnull=True) | Q(enrolment_closes_at__gt=at)
    )


def cohort_list_open_for_office(
    *, office: Office, at: datetime | None = None
) -> QuerySet[Cohort]:
    """Cohorts the office may nominate people to: those open for enrolment, each
    with ``seats_claimed`` and ``seats_left`` (capacity minus claimed seats)."""
    claimed = Count("enrolments", filter=~Q(enrolments__status__in=NOT_CLAIMING))
    return (
        Cohort.objects.filter(_open_for_enrolment_q(at or timezone.now()))
        .select_related("course")
        .annotate(seats_claimed=claimed)
        .annotate(
            seats_left=ExpressionWrapper(
                F("capacity") - F("seats_claimed"), output_field=IntegerField()
            )
        )
        .order_by("starts_on", "title", "pk")
    )


def cohort_seats_free(*, cohort: Cohort) -> int:
    """Seats nominations may still fill (never below zero)."""
    claimed = cohort.enrolments.exclude(status__in=NOT_CLAIMING).count()
    return max(cohort.capacity - claimed, 0)


def cohort_quota_seats_free(*, cohort: Cohort) -> dict[str, int]:
    """Region code → seats still free under each of the cohort's region quotas,
    counted like ``cohort_seats_free`` by the learners' institution region."""
    free = {}
    for quota in cohort.quotas.all():
        claimed = (
            cohort.enrolments.exclude(status__in=NOT_CLAIMING)
            .filter(
                region_scope_q(
                    quota.region_id,
                    code_field="learner__profile__institution__region__code",
                )
            )
            .count()
        )
        free[quota.region_id] = max(quota.seats - claimed, 0)
    return free


def nomination_import_list_for_office(*, office: Office) -> QuerySet[NominationImport]:
    """The office's nomination files, newest first, without their (large) rows."""
    return (
        NominationImport.objects.filter(office=office)
        .select_related("cohort__course", "uploaded_by")
        .defer("rows")
    )


def nomination_import_get_for_office(
    *, office: Office, import_id: int
) -> NominationImport | None:
    """One of the office's nomination files with its rows; None for another
    office's file, so that it looks as if it did not exist."""
    return (
        NominationImport.objects.filter(office=office, pk=import_id)
        .select_related("cohort__course", "uploaded_by", "office__region")
        .first()
    )


def region_list_within(*, region: Region | None) -> QuerySet[Region]:
    """``region`` and every region under it, by code; every region for None (the
    scope of a national office)."""
    prefix = region.code if region is not None else ""
    return Region.objects.filter(region_scope_q(prefix, code_field="code"))


def region_map_for(*, codes: Iterable[str]) -> dict[str, Region]:
    return Region.objects.in_bulk([code for code in set(codes) if code])


@dataclass(frozen=True)
class KnownPerson:
    user_id: int
    email: str
    nip: str
    region_code: str
    is_active: bool
    has_profile: bool


@dataclass
class PeopleIndex:
    """Existing people found by NIP and by email (lower case)."""

    by_nip: dict[str, KnownPerson] = field(default_factory=dict)
    by_email: dict[str, list[KnownPerson]] = field(default_factory=dict)


def people_index_for(*, nips: Iterable[str], emails: Iterable[str]) -> PeopleIndex:
    """The people whose NIP or (case-insensitive) email is among those given."""
    index = PeopleIndex()
    for chunk in _chunks({nip for nip in nips if nip}):
        rows = Profile.objects.filter(nip__in=chunk).values_list(
            "user_id",
            "user__email",
            "nip",
            "institution__region_id",
            "user__is_active",
        )
        for user_id, email, nip, region, active in rows:
            index.by_nip[nip] = KnownPerson(
                user_id, (email or "").lower(), nip, region or "", active, True
            )
    by_email = defaultdict(list)
    for chunk in _chunks({email for email in emails if email}):
        rows = (
            User.objects.annotate(email_lower=Lower("email"))
            .filter(email_lower__in=chunk)
            .values_list(
                "pk",
                "email_lower",
                "profile__nip",
                "profile__institution__region_id",
                "is_active",
                "profile__pk",
            )
        )
        for user_id, email, nip, region, active, profile_id in rows:
            by_email[email].append(
                KnownPerson(
                    user_id,
                    email,
                    nip or "",
                    region or "",
                    active,
                    profile_id is not None,
                )
            )
    index.by_email = dict(by_email)
    return index


def enrolment_status_by_learner(
    *, cohort: Cohort, learner_ids: Iterable[int]
) -> dict[int, str]:
    """Learner id → status of their enrolment in ``cohort``, for those enrolled."""
    statuses = {}
    for chunk in _chunks(set(learner_ids)):
        statuses.update(
            Enrolment.objects.filter(cohort=cohort, learner_id__in=chunk).values_list(
                "learner_id", "status"
            )
        )
    return statuses


def institution_key(name: str, region_code: str) -> tuple[str, str]:
    """How an institution is recognised: its name, ignoring case and spacing, in a
    region."""
    return (" ".join(name.split()).casefold(), region_code)


def institution_ids_by_key(*, region_codes: Iterable[str]) -> dict[tuple, int]:
    """Existing institutions of these regions, by ``institution_key``."""
    ids = {}
    for chunk in _chunks(set(region_codes)):
        for pk, name, region in Institution.objects.filter(
            region_id__in=chunk
        ).values_list("pk", "name", "region_id"):
            ids.setdefault(institution_key(name, region), pk)
    return ids


def usernames_taken(*, bases: Iterable[str]) -> set[str]:
    """Existing usernames (lower case) equal to one of ``bases`` or, for the bases
    already taken, starting with it (so that a free suffix can be chosen)."""
    bases = set(bases)
    taken = set()
    for chunk in _chunks(bases):
        taken.update(
            User.objects.annotate(name=Lower("username"))
            .filter(name__in=chunk)
            .values_list("name", flat=True)
        )
    for chunk in _chunks(taken & bases, 200):
        query = Q()
        for base in chunk:
            query |= Q(username__istartswith=base)
        taken.update(
            name.lower()
            for name in User.objects.filter(query).values_list("username", flat=True)
        )
    return taken


@dataclass
class NominationPreview:
    """What the preview page shows: the totals (people counted among the rows
    without errors) and one page of rows, each row with ``messages`` (its errors as
    text in the active language)."""

    row_count: int
    error_count: int
    new_people: int
    existing_people: int
    errors_only: bool
    page: Page


def nomination_preview_for(
    *,
    nomination_import: NominationImport,
    errors_only: bool = False,
    page_number: int | str | None = 1,
    per_page: int = 100,
) -> NominationPreview:
    rows = nomination_import.rows
    valid = [row for row in rows if not row["errors"]]
    existing = sum(1 for row in valid if row.get("user_id") and not row.get("new"))
    shown = [row for row in rows if row["errors"]] if errors_only else rows
    page = Paginator(shown, per_page).get_page(page_number)
    page.object_list = [
        {**row, "messages": [row_error_text(error) for error in row["errors"]]}
        for row in page.object_list
    ]
    return NominationPreview(
        row_count=nomination_import.row_count,
        error_count=nomination_import.error_count,
        new_people=len(valid) - existing,
        existing_people=existing,
        errors_only=errors_only,
        page=page,
    )
