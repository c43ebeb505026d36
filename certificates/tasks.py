"""Certificate tasks: take IDs, load, call one service, own the retry policy."""

from celery import shared_task

__all__ = ["certificate_render_pdf", "certificate_render_pending"]


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def certificate_render_pdf(*, certificate_id: int) -> None:
    """Run services.certificate_render_pdf off the request; retry storage errors.

    Acknowledged only when done, so a worker killed mid-task hands it to the next
    worker; the service skips a certificate whose PDF of the same data is stored.
    """
    from certificates import services  # local import: services.py imports this module
    from certificates.models import Certificate

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:  # gone (test data, a rolled-back issue): nothing to do
        services.certificate_render_pdf(certificate=certificate)


@shared_task
def certificate_render_pending() -> int:
    """Beat: queue again the PDFs overdue by ten minutes (see the service)."""
    from certificates import services

    return services.certificate_render_pending()


# The bulk tasks of the certificate pages live in their own module; importing it
# here registers them with every worker (autodiscovery reads ``tasks`` only).
from certificates import tasks_manage  # noqa: E402, F401
