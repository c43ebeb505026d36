"""Tasks of the certificate pages: a cohort's bulk issue and reissue, off the request.

Thin: the batch's ID in, one service call. The services are idempotent per
certificate (one transaction each), so a retried or duplicated task issues nothing
twice; they store their counts and failures on the batch and mark it finished, which
ends the progress bar's polling. The PDFs follow through
``certificates.tasks.certificate_render_pdf``.

Registration: Celery's autodiscovery imports ``certificates.tasks``, which imports
this module, so every worker knows these tasks.
"""

from typing import TYPE_CHECKING

from celery import shared_task

if TYPE_CHECKING:
    from certificates.models import CertificateBatch

__all__ = ["cohort_certificates_issue", "cohort_certificates_reissue"]


def _load(batch_id: int) -> "CertificateBatch | None":
    from certificates.models import CertificateBatch

    return (
        CertificateBatch.objects.select_related("cohort", "requested_by")
        .filter(pk=batch_id)
        .first()
    )


@shared_task(acks_late=True, reject_on_worker_lost=True)
def cohort_certificates_issue(*, batch_id: int) -> dict:
    """Run services.cohort_certificates_issue for the batch; returns its counts."""
    from certificates import services

    batch = _load(batch_id)
    if batch is None:  # the cohort was deleted meanwhile
        return {}
    return services.cohort_certificates_issue(
        cohort=batch.cohort, by=batch.requested_by, batch=batch
    )


@shared_task(acks_late=True, reject_on_worker_lost=True)
def cohort_certificates_reissue(*, batch_id: int) -> dict:
    """Run services.cohort_certificates_reissue for the batch; returns its counts."""
    from certificates import services

    batch = _load(batch_id)
    if batch is None:
        return {}
    return services.cohort_certificates_reissue(
        cohort=batch.cohort, by=batch.requested_by, reason=batch.reason, batch=batch
    )
