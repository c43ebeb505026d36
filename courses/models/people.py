"""People and organisations: users, their profiles, institutions and DPK offices."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

NIP_VALIDATOR = RegexValidator(
    r"^\d{18}$", _("A NIP has exactly 18 digits, without spaces or dots.")
)


class User(AbstractUser):
    """A login. Who the person is (printed name, NIP, institution) is on ``Profile``."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")


class Institution(models.Model):
    """Where a participant works: a government unit, school, university, BUMD..."""

    class Type(models.TextChoices):
        GOVERNMENT_UNIT = "perangkat_daerah", _("Regional government unit")
        CIVIL_SOCIETY = "ormas", _("Civil society organisation")
        REGIONAL_ENTERPRISE = "bumd", _("Regional state-owned enterprise (BUMD)")
        UNIVERSITY = "perguruan_tinggi", _("University")
        SCHOOL = "sekolah", _("School")
        ARCHIVE_INSTITUTION = "lembaga_kearsipan", _("Regency/city archive institution")
        DPK = "dpk", _("Library and archive office (DPK)")
        OTHER = "lainnya", _("Other")

    name = models.CharField(_("name"), max_length=200)
    type = models.CharField(_("type"), max_length=20, choices=Type.choices)
    region = models.ForeignKey(
        "courses.Region",
        models.PROTECT,
        related_name="institutions",
        verbose_name=_("region"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "region"], name="institution_unique_name_in_region"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Office(models.Model):
    """A DPK office: sees and acts on people under its region code, nothing else.

    A provincial office ("62") sees its whole province, a city office ("62.71") its
    city only. Staff are the user accounts that act for the office.
    """

    institution = models.OneToOneField(
        Institution,
        models.PROTECT,
        related_name="office",
        verbose_name=_("institution"),
        limit_choices_to={"type": Institution.Type.DPK},
    )
    region = models.ForeignKey(
        "courses.Region",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="offices",
        verbose_name=_("region scope"),
        help_text=_(
            "The office sees this region and everything under it. Empty: a "
            "national office (Perpusnas, ANRI) that sees every region."
        ),
    )
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="offices",
        blank=True,
        verbose_name=_("staff"),
    )

    class Meta:
        ordering = ["region__code"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self) -> str:
        return self.institution.name

    @property
    def scope_prefix(self) -> str:
        """The region code this office sees ("" for a national office)."""
        return self.region_id or ""

    @property
    def level(self) -> str:
        """national, province or city (kabupaten/kota), from the region code."""
        if not self.region_id:
            return "national"
        return "province" if "." not in self.region_id else "city"


class Profile(models.Model):
    """Who a person is, as printed on certificates and reported to offices.

    Only what training needs is collected: no NIK. NIP is optional but unique.
    """

    class Sex(models.TextChoices):
        MALE = "L", _("Male")
        FEMALE = "P", _("Female")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        models.CASCADE,
        related_name="profile",
        verbose_name=_("user"),
    )
    full_name = models.CharField(
        _("full name with titles"),
        max_length=200,
        help_text=_(
            "As it must be printed on certificates, e.g. Dra. Siti Aminah, M.Si."
        ),
    )
    nip = models.CharField(
        _("NIP"),
        max_length=18,
        blank=True,
        validators=[NIP_VALIDATOR],
        help_text=_("Civil servant number (18 digits), if any."),
    )
    position = models.CharField(_("position"), max_length=150, blank=True)
    rank = models.CharField(_("rank/grade"), max_length=100, blank=True)
    institution = models.ForeignKey(
        Institution,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("institution"),
    )
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    consented_at = models.DateTimeField(_("consent given at"), null=True, blank=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            models.UniqueConstraint(
                fields=["nip"],
                condition=~models.Q(nip=""),
                name="profile_unique_nip_when_given",
            ),
            models.CheckConstraint(
                condition=models.Q(nip="") | models.Q(nip__regex=r"^[0-9]{18}$"),
                name="profile_nip_is_18_digits",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name
