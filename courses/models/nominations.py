"""A nomination file uploaded by a DPK office: previewed first, imported all at once."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NominationImport(models.Model):
    """One uploaded CSV/XLSX. ``rows`` holds the parsed rows (with their errors) so
    that confirming imports exactly what the office previewed."""

    class Status(models.TextChoices):
        PREVIEWED = "previewed", _("Previewed")
        IMPORTED = "imported", _("Imported")
        CANCELLED = "cancelled", _("Cancelled")

    office = models.ForeignKey("courses.Office", models.PROTECT, related_name="imports")
    cohort = models.ForeignKey("courses.Cohort", models.PROTECT, related_name="imports")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+"
    )
    filename = models.CharField(_("file name"), max_length=255)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PREVIEWED
    )
    rows = models.JSONField(default=list)
    row_count = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    imported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("nomination file")
        verbose_name_plural = _("nomination files")

    def __str__(self) -> str:
        return self.filename
