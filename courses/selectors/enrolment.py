"""Selectors for the enrolment area."""

from datetime import timedelta

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from courses.models import Cohort, Course, Enrolment, Session, User

S = Enrolment.Status
CURRENT = (S.REQUESTED, S.WAITLISTED, S.APPROVED, S.ACTIVE)


def cohort_list_with_seats() -> QuerySet[Cohort]:
    return Cohort.objects.select_related("course").annotate(
        seats_taken=Count(
            "enrolments", filter=Q(enrolments__status__in=Enrolment.SEAT_STATUSES)
        )
    )


def cohort_list_open_for_course(*, course: Course) -> QuerySet[Cohort]:
    """Cohorts of ``course`` whose enrolment window is open now, soonest first."""
    now = timezone.now()
    return (
        cohort_list_with_seats()
        .filter(course=course)
        .filter(Q(enrolment_opens_at__isnull=True) | Q(enrolment_opens_at__lte=now))
        .filter(Q(enrolment_closes_at__isnull=True) | Q(enrolment_closes_at__gt=now))
        .filter(ends_on__gte=timezone.localdate())
        .order_by("starts_on")
    )


def enrolment_list_for_learner(*, learner: User) -> QuerySet[Enrolment]:
    return (
        Enrolment.objects.filter(learner=learner)
        .select_related("cohort__course")
        .order_by("-cohort__starts_on")
    )


def enrolment_status_by_cohort_for(*, learner: User, cohorts) -> dict[int, Enrolment]:
    if not learner.is_authenticated:
        return {}
    return {
        enrolment.cohort_id: enrolment
        for enrolment in Enrolment.objects.filter(learner=learner, cohort__in=cohorts)
    }


def session_list_upcoming_for_learner(
    *, learner: User, days: int = 14
) -> QuerySet[Session]:
    """Sessions in the next ``days`` of the cohorts the learner holds a seat in."""
    now = timezone.now()
    return (
        Session.objects.filter(
            cohort__enrolments__learner=learner,
            cohort__enrolments__status__in=(S.APPROVED, S.ACTIVE),
            ends_at__gte=now,
            starts_at__lte=now + timedelta(days=days),
        )
        .select_related("cohort__course")
        .order_by("starts_at")
    )


def cohort_list_for_trainer(*, trainer: User) -> QuerySet[Cohort]:
    cohorts = cohort_list_with_seats().annotate(
        waiting=Count(
            "enrolments", filter=Q(enrolments__status__in=(S.REQUESTED, S.WAITLISTED))
        )
    )
    if not trainer.is_superuser:
        cohorts = cohorts.filter(trainers=trainer)
    return cohorts.order_by("-starts_on")


def enrolment_list_for_cohort(*, cohort: Cohort) -> QuerySet[Enrolment]:
    """The roster: everyone who asked for a seat, with who they are."""
    return cohort.enrolments.select_related(
        "learner__profile__institution__region", "office__institution"
    ).order_by("status", "learner__profile__full_name")
