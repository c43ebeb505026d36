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

from django.db.models import Exists, OuterRef, Q, QuerySet

from courses.models import Cohort, Enrolment, Office, Region, User
from courses.models.regions import region_scope_q

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
    return Enrolment.objects.filter(
        office_scope_q(office=office, code_field=ENROLMENT_REGION)
    )


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
        Q(organiser=office)
        | Exists(enrolments_for_office(office=office).filter(cohort_id=OuterRef("pk")))
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
