"""The course record: what a training is, independent of how its pages read."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Course(models.Model):
    """A training programme. Cohorts, enrolments and assessments hang on it; its
    reading material lives in the ``cms`` page tree (``CoursePage.course``)."""

    class CompetencyArea(models.TextChoices):
        RECORDS = "kearsipan", _("Records management")
        ELECTRONIC_RECORDS = "arsip_elektronik", _("Electronic records")
        LIBRARY_ICT = "perpustakaan_tik", _("Libraries and ICT")

    class Level(models.TextChoices):
        BASIC = "dasar", _("Basic")
        INTERMEDIATE = "menengah", _("Intermediate")
        ADVANCED = "lanjutan", _("Advanced")

    class DeliveryMode(models.TextChoices):
        ONLINE = "daring", _("Online")
        BLENDED = "campuran", _("Blended")
        FACE_TO_FACE = "tatap_muka", _("Face to face")

    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Z0-9][A-Z0-9-]*$",
                _("Capital letters, digits and hyphens, e.g. ARS-KONV."),
            )
        ],
        help_text=_("Short unique code, e.g. ARS-KONV."),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    jp = models.DecimalField(
        _("lesson hours (JP)"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text=_("Total jam pelajaran of the course."),
    )
    jp_minutes = models.PositiveSmallIntegerField(
        _("minutes per JP"),
        default=settings.LMS_JP_MINUTES,
        validators=[MinValueValidator(1)],
        help_text=_("1 JP is 45 minutes unless the organiser sets otherwise."),
    )
    competency_area = models.CharField(
        _("competency area"), max_length=20, choices=CompetencyArea.choices
    )
    level = models.CharField(
        _("level"), max_length=10, choices=Level.choices, default=Level.BASIC
    )
    delivery_mode = models.CharField(
        _("delivery mode"), max_length=12, choices=DeliveryMode.choices
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="id"
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def __str__(self) -> str:
        return f"{self.code} · {self.title}"

    @property
    def total_minutes(self) -> int:
        return int(self.jp * self.jp_minutes)
