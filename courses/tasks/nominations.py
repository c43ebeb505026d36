"""Tasks for the nominations area."""

from celery import shared_task

__all__ = ["nomination_import_notify"]


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def nomination_import_notify(import_id: int) -> int:
    """Email everyone an imported nomination file named; retried when the mail
    server fails (rows already emailed are not emailed again)."""
    from courses.models import NominationImport
    from courses.services import nominations

    nomination_import = (
        NominationImport.objects.select_related("cohort__course", "office__institution")
        .filter(pk=import_id)
        .first()
    )
    if nomination_import is None:
        return 0
    return nominations.nomination_import_notify(nomination_import=nomination_import)
