"""Reads of the certificate pages (trainer, learner, office), built on
``certificates.selectors``: who may see which certificate, the office's filters,
the templates a trainer may edit."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from certificates.models import Certificate, CertificateTemplate
from certificates.selectors import (
    certificate_list_for_cohort,
    certificate_list_for_learner,
    certificate_list_for_region,
)
from courses.models import Cohort, Course, Enrolment, User
from courses.permissions import can_run_cohort

S = Certificate.Status


def certificate_get_for_runner(
    *, user: User, certificate_id: int
) -> Certificate | None:
    """A current certificate of a cohort ``user`` runs (any cohort for an
    administrator); None if there is no such certificate or it is not theirs."""
    certificate = (
        Certificate.objects.exclude(status=S.REPLACED)
        .select_related(
            "enrolment__cohort__course", "enrolment__learner__profile__institution"
        )
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None or not can_run_cohort(user, certificate.enrolment.cohort):
        return None
    return certificate


def certificate_get_for_learner(
    *, learner: User, certificate_id: int
) -> Certificate | None:
    """The learner's own current certificate, or None (somebody else's: None too)."""
    return (
        certificate_list_for_learner(learner=learner).filter(pk=certificate_id).first()
    )


def certificate_get_for_region(
    *, prefix: str, certificate_id: int
) -> Certificate | None:
    """A current certificate of a learner in the region ``prefix``, or None."""
    return certificate_list_for_region(prefix=prefix).filter(pk=certificate_id).first()


def enrolment_list_for_certificates(*, cohort: Cohort) -> QuerySet[Enrolment]:
    """The cohort's completed enrolments (those that earn a certificate), by name."""
    return (
        cohort.enrolments.filter(status=Enrolment.Status.COMPLETED)
        .select_related("learner__profile__institution")
        .order_by("learner__profile__full_name", "pk")
    )


@dataclass(frozen=True)
class CertificateRow:
    """A completed enrolment with its current certificate (None: not issued yet)."""

    enrolment: Enrolment
    certificate: Certificate | None


def certificate_rows_for_cohort(*, cohort: Cohort) -> list[CertificateRow]:
    """Every completed enrolment with its certificate, in two queries."""
    by_enrolment = {
        c.enrolment_id: c for c in certificate_list_for_cohort(cohort=cohort)
    }
    rows = [
        CertificateRow(enrolment, by_enrolment.pop(enrolment.pk, None))
        for enrolment in enrolment_list_for_certificates(cohort=cohort)
    ]
    # Certificates whose enrolment is no longer "completed" still show (to revoke).
    rows += [CertificateRow(c.enrolment, c) for c in by_enrolment.values()]
    return rows


@dataclass(frozen=True)
class OfficeCertificateFilters:
    cohort_id: int | None = None
    course_id: int | None = None
    status: str | None = None


def certificate_list_for_office(
    *, prefix: str, filters: OfficeCertificateFilters
) -> QuerySet[Certificate]:
    """The certificates of learners in the region ``prefix``, filtered."""
    certificates = certificate_list_for_region(prefix=prefix)
    if filters.cohort_id:
        certificates = certificates.filter(enrolment__cohort_id=filters.cohort_id)
    if filters.course_id:
        certificates = certificates.filter(
            enrolment__cohort__course_id=filters.course_id
        )
    if filters.status:
        certificates = certificates.filter(status=filters.status)
    return certificates


def office_certificate_filter_choices(*, prefix: str) -> dict[str, list[tuple]]:
    """Cohorts and courses that have certificates in the region, for the filters
    (an office cannot even pick another region's cohort)."""
    in_scope = certificate_list_for_region(prefix=prefix).order_by()
    cohort_ids = in_scope.values("enrolment__cohort_id")
    cohorts = (
        Cohort.objects.filter(pk__in=cohort_ids)
        .select_related("course")
        .order_by("-starts_on", "pk")
    )
    courses = Course.objects.filter(cohorts__in=cohort_ids).distinct().order_by("title")
    return {
        "cohort": [(c.pk, f"{c.course.code} · {c.title}") for c in cohorts],
        "course": [(c.pk, f"{c.code} · {c.title}") for c in courses],
    }


def certificate_template_list_for_editor(
    *, user: User
) -> QuerySet[CertificateTemplate]:
    """Templates ``user`` may edit: all for an administrator, else those of the
    cohorts they run."""
    templates = CertificateTemplate.objects.select_related(
        "office__institution", "course", "cohort"
    ).prefetch_related("signatories")
    if user.is_superuser:
        return templates
    return templates.filter(cohort__trainers=user).distinct()


def cohort_list_for_template_editor(*, user: User) -> QuerySet[Cohort]:
    cohorts = Cohort.objects.select_related("course").order_by("-starts_on", "pk")
    if user.is_superuser:
        return cohorts
    return cohorts.filter(trainers=user)


def certificates_by_enrolment(*, enrolment_ids: list[int]) -> dict[int, Certificate]:
    """The current certificate of each of these enrolments that has one."""
    certificates = Certificate.objects.exclude(status=S.REPLACED).filter(
        Q(enrolment_id__in=enrolment_ids)
    )
    return {c.enrolment_id: c for c in certificates}
