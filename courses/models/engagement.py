"""Post-training engagement (TP-BIS): community activities that trained people or
their offices hold after a bimtek, counted on the office dashboards."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CommunityActivity(models.Model):
    """One activity held for the community after training, e.g. a storytelling
    session at a village library or an archive-keeping workshop for village staff."""

    class Kind(models.TextChoices):
        LITERACY = "literacy", _("Literacy activity")
        TRAINING = "training", _("Skills training for the community")
        SOCIALISATION = "socialisation", _("Socialisation / outreach")
        ARCHIVE_SERVICE = "archive_service", _("Archive service or mentoring")
        DIGITAL = "digital", _("Digital / ICT access activity")
        OTHER = "other", _("Other")

    enrolment = models.ForeignKey(
        "courses.Enrolment",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="community_activities",
        verbose_name=_("training it follows"),
    )
    institution = models.ForeignKey(
        "courses.Institution",
        models.PROTECT,
        related_name="community_activities",
        verbose_name=_("organising institution"),
    )
    region = models.ForeignKey(
        "courses.Region",
        models.PROTECT,
        related_name="community_activities",
        verbose_name=_("where it took place"),
    )
    held_on = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    participants_male = models.PositiveIntegerField(_("male participants"), default=0)
    participants_female = models.PositiveIntegerField(
        _("female participants"), default=0
    )
    participants_children = models.PositiveIntegerField(
        _("children (under 18)"), default=0
    )
    participants_adults = models.PositiveIntegerField(_("adults (18-59)"), default=0)
    participants_elderly = models.PositiveIntegerField(_("elderly (60+)"), default=0)
    participants_disability = models.PositiveIntegerField(
        _("participants with a disability"), default=0
    )
    partners = models.CharField(_("partners"), max_length=300, blank=True)
    outputs = models.TextField(_("outputs"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("community activity")
        verbose_name_plural = _("community activities")

    def __str__(self) -> str:
        return self.title

    @property
    def participants_total(self) -> int:
        return self.participants_male + self.participants_female
