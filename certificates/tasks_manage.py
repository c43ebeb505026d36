"""Tasks of the certificate pages: a cohort's bulk issue and reissue, off the request.

Thin: IDs in, one service call. The services are idempotent per certificate (one
transaction each), so a retried or duplicated task issues nothing twice; the PDFs
follow through ``certificates.tasks.certificate_render_pdf``.

Registration: Celery's autodiscovery imports ``certificates.tasks``, which imports
this module, so every worker knows these tasks.
"""

from celery import shared_task

__all__ = ["cohort_certificates_issue", "cohort_certificates_reissue"]


def _load(cohort_id: int, by_id: int | None):
    from courses.models import Cohort, User

    cohort = Cohort.objects.filter(pk=cohort_id).first()
    by = User.objects.filter(pk=by_id).first() if by_id else None
    return cohort, by


@shared_task(acks_late=True, reject_on_worker_lost=True)
def cohort_certificates_issue(*, cohort_id: int, by_id: int | None) -> dict:
    """Run services.cohort_certificates_issue for the cohort; returns its counts."""
    from certificates import services

    cohort, by = _load(cohort_id, by_id)
    if cohort is None:
        return {}
    return services.cohort_certificates_issue(cohort=cohort, by=by)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def cohort_certificates_reissue(
    *, cohort_id: int, by_id: int | None, reason: str
) -> dict:
    """Run services.cohort_certificates_reissue for the cohort; returns its counts."""
    from certificates import services

    cohort, by = _load(cohort_id, by_id)
    if cohort is None:
        return {}
    return services.cohort_certificates_reissue(cohort=cohort, by=by, reason=reason)
