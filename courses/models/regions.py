"""Kemendagri administrative regions: provinces ("62") and kabupaten/kota ("62.71")."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

REGION_CODE_VALIDATOR = RegexValidator(
    r"^\d{2}(\.\d{2})?$",
    _("Use a Kemendagri code such as 62 (province) or 62.71 (regency/city)."),
)


class Region(models.Model):
    """A province or a kabupaten/kota, keyed by its Kemendagri code.

    Codes form a tree by prefix: "62.71" lies within "62". Codes are not contiguous,
    so never derive one by counting; they come from the ``regions`` fixture.
    """

    class Level(models.TextChoices):
        PROVINCE = "provinsi", _("Province")
        REGENCY = "kabupaten", _("Regency")
        CITY = "kota", _("City")

    code = models.CharField(
        _("code"), max_length=5, primary_key=True, validators=[REGION_CODE_VALIDATOR]
    )
    name = models.CharField(_("name"), max_length=100)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("province"),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(level="provinsi", parent__isnull=True)
                    | (~models.Q(level="provinsi") & models.Q(parent__isnull=False))
                ),
                name="region_parent_matches_level",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def province_code(self) -> str:
        return self.code[:2]

    def contains(self, other: "Region") -> bool:
        """True when ``other`` is this region or lies inside it."""
        return other.code == self.code or other.code.startswith(f"{self.code}.")


def region_scope_q(prefix: str, *, code_field: str = "region__code") -> models.Q:
    """Match rows whose region code is ``prefix`` or lies under it ("62" → "62.71").

    ``code_field`` is the lookup path to a region code ("region__code",
    "profile__institution__region__code", or "code" on Region itself). The one place
    that defines what "within a region" means. An empty prefix (a national office)
    matches every row.
    """
    if not prefix:
        return models.Q()
    return models.Q(**{code_field: prefix}) | models.Q(
        **{f"{code_field}__startswith": f"{prefix}."}
    )
