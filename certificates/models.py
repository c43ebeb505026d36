"""Certificate templates, number sequences, certificates and their audit trail.

A certificate belongs to one enrolment. Its printed data is frozen in ``data`` when
it is issued (the snapshot), so a later edit of a profile or a template never changes
a certificate already handed out; a correction goes through
``services.certificate_reissue``, which replaces it with a new one (same number, new
verification code) and keeps the old one as *replaced*.
"""

import secrets
from base64 import b32encode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certificates import numbering


def new_verification_code() -> str:
    """16 characters of base32 (80 random bits): unguessable, easy to type from paper."""
    return b32encode(secrets.token_bytes(10)).decode("ascii")


class CertificateTemplate(models.Model):
    """How the certificates of an office, a course or a cohort look and are numbered.

    The most specific template wins: cohort, then course, then office, then a
    template with no scope at all (the installation's default).
    """

    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("For you only, e.g. Sertifikat bimtek DPK Kalteng 2026."),
    )
    office = models.ForeignKey(
        "courses.Office",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="certificate_templates",
        verbose_name=_("issuing office"),
        help_text=_(
            "The office that signs and numbers these certificates; empty: the "
            "organiser of each cohort."
        ),
    )
    course = models.ForeignKey(
        "courses.Course",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="certificate_templates",
        verbose_name=_("course"),
        help_text=_("Only for this course (optional)."),
    )
    cohort = models.ForeignKey(
        "courses.Cohort",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="certificate_templates",
        verbose_name=_("cohort"),
        help_text=_("Only for this cohort (optional)."),
    )
    is_active = models.BooleanField(_("in use"), default=True)
    logo = models.ImageField(
        _("logo"),
        upload_to="certificates/logos/",
        blank=True,
        help_text=_("The issuing office's logo (PNG or JPEG), printed at the top."),
    )
    heading = models.CharField(
        _("letterhead"),
        max_length=300,
        blank=True,
        help_text=_(
            "Printed under the logo, one line per line, e.g. PEMERINTAH PROVINSI "
            "KALIMANTAN TENGAH / DINAS PERPUSTAKAAN DAN KEARSIPAN."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=60,
        default="SERTIFIKAT",
        help_text=_("The big word at the top, e.g. SERTIFIKAT or PIAGAM."),
    )
    body = models.TextField(
        _("body text"),
        default=numbering.DEFAULT_BODY,
        help_text=_(
            "Printed under the participant's name. Placeholders: {pelatihan}, "
            "{penyelenggara}, {tanggal}, {tempat}, {jp}, {angkatan}, {nama}."
        ),
    )
    place = models.CharField(
        _("place of signing"),
        max_length=100,
        blank=True,
        help_text=_("The city before the date of signing, e.g. Palangka Raya."),
    )
    number_pattern = models.CharField(
        _("number pattern"),
        max_length=120,
        default=numbering.DEFAULT_PATTERN,
        help_text=_(
            "e.g. 800/{seq:03d}/DPK-KT/{roman_month}/{year}. Placeholders: {seq} "
            "(required; {seq:03d} pads to 3 digits), {year} (required), {month}, "
            "{roman_month}, {course}, {issuer} (the issuing office's region code, "
            "e.g. 62.71). Numbers with the same fixed text share one running "
            "number per year."
        ),
    )
    show_topics_page = models.BooleanField(
        _("second page with topics and JP"),
        default=True,
        help_text=_("Lists the training's topics with their JP on the back."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = {}
        try:
            numbering.validate_pattern(self.number_pattern)
        except ValidationError as error:
            errors["number_pattern"] = error.messages
        try:
            numbering.validate_body(self.body)
        except ValidationError as error:
            errors["body"] = error.messages
        if errors:
            raise ValidationError(errors)

    @property
    def specificity(self) -> int:
        """Cohort beats course beats office beats the default."""
        return (
            4 * bool(self.cohort_id) + 2 * bool(self.course_id) + bool(self.office_id)
        )


class CertificateSignatory(models.Model):
    """One of the one to three people who sign a template's certificates."""

    template = models.ForeignKey(
        CertificateTemplate, models.CASCADE, related_name="signatories"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(
        _("name with titles"),
        max_length=150,
        help_text=_("e.g. Dr. H. Ahmad Syarifuddin, M.Si."),
    )
    position = models.CharField(
        _("position"),
        max_length=200,
        help_text=_(
            "e.g. Kepala Dinas Perpustakaan dan Kearsipan Provinsi Kalimantan Tengah"
        ),
    )
    rank = models.CharField(
        _("rank"), max_length=100, blank=True, help_text=_("e.g. Pembina Utama Muda")
    )
    nip = models.CharField(_("NIP"), max_length=18, blank=True)
    signature = models.ImageField(
        _("scanned signature"),
        upload_to="certificates/signatures/",
        blank=True,
        help_text=_("Optional: a PNG with a transparent background."),
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self) -> str:
        return self.name


class NumberSequence(models.Model):
    """A register: the last running number given to the numbers that share their
    fixed text in a year (``numbering.register_for``).

    Taken under ``select_for_update`` in the same transaction that creates the
    certificate, so numbers are unique and without gaps (a rolled back issue rolls
    the counter back too). Two issuers whose patterns print the same fixed text
    share the register, so they cannot give the same number twice.
    """

    issuer_key = models.CharField(max_length=40)  # the issuer that opened it
    year = models.PositiveSmallIntegerField()  # 0: the pattern prints no year
    # e.g. "800/{seq}/DPK-KT/{roman_month}/{year}" (codes filled in, padding left out)
    fixed_text = models.CharField(max_length=255, blank=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("number sequence")
        verbose_name_plural = _("number sequences")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "fixed_text"],
                name="sequence_one_per_fixed_text_and_year",
            )
        ]

    def __str__(self) -> str:
        return f"{self.fixed_text or self.issuer_key} {self.year}: {self.last_number}"


class Certificate(models.Model):
    """The certificate of one completed enrolment (at most one that is not replaced)."""

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        REPLACED = "replaced", _("Replaced by a corrected certificate")

    enrolment = models.ForeignKey(
        "courses.Enrolment",
        models.PROTECT,
        related_name="certificates",
        verbose_name=_("enrolment"),
    )
    template = models.ForeignKey(
        CertificateTemplate,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("template"),
    )
    sequence = models.ForeignKey(
        NumberSequence, models.PROTECT, related_name="certificates"
    )
    serial = models.PositiveIntegerField(_("serial"))
    number = models.CharField(_("number"), max_length=120)
    code = models.CharField(
        _("verification code"),
        max_length=32,
        unique=True,
        default=new_verification_code,
        editable=False,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.VALID
    )
    data = models.JSONField(
        _("printed data"),
        default=dict,
        help_text=_("What the certificate says, frozen when it was issued."),
    )
    data_hash = models.CharField(max_length=64, blank=True)
    pdf = models.FileField(_("PDF"), upload_to="certificates/pdf/%Y/", blank=True)
    sha256 = models.CharField(_("SHA-256 of the PDF"), max_length=64, blank=True)
    rendered_hash = models.CharField(
        max_length=64,
        blank=True,
        help_text=_("data_hash of the data the stored PDF was drawn from."),
    )
    render_count = models.PositiveIntegerField(default=0)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    previous = models.OneToOneField(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="replacement",
        verbose_name=_("replaces"),
    )

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=~models.Q(status="replaced"),
                name="certificate_one_current_per_enrolment",
            ),
            models.UniqueConstraint(
                fields=["sequence", "serial"],
                condition=~models.Q(status="replaced"),
                name="certificate_serial_once_per_sequence",
            ),
            models.UniqueConstraint(
                fields=["number"],
                condition=~models.Q(status="replaced"),
                name="certificate_number_unique",
            ),
        ]
        indexes = [models.Index(fields=["sha256"])]

    def __str__(self) -> str:
        return self.number

    @property
    def is_valid(self) -> bool:
        return self.status == self.Status.VALID

    @property
    def is_rendered(self) -> bool:
        return bool(self.pdf) and self.rendered_hash == self.data_hash


class CertificateEvent(models.Model):
    """The audit trail of a certificate: issued, rendered, revoked, reissued."""

    class Kind(models.TextChoices):
        ISSUED = "issued", _("Issued")
        RENDERED = "rendered", _("PDF rendered")
        REVOKED = "revoked", _("Revoked")
        REISSUED = "reissued", _("Reissued")

    certificate = models.ForeignKey(Certificate, models.CASCADE, related_name="events")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")

    def __str__(self) -> str:
        return f"{self.certificate_id} {self.kind}"


class CertificateBatch(models.Model):
    """One bulk issue or reissue of a cohort's certificates, run by a task.

    The progress bar polls while a batch is running; when it has finished, its
    counts and the certificates it could not process (with the broken rule) are
    shown to the trainer.
    """

    class Kind(models.TextChoices):
        ISSUE = "issue", _("Issue")
        REISSUE = "reissue", _("Reissue")

    cohort = models.ForeignKey(
        "courses.Cohort", models.CASCADE, related_name="certificate_batches"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.TextField(blank=True)
    counts = models.JSONField(default=dict, blank=True)
    # One entry per certificate not processed: {"enrolment", "name", "error"}.
    failures = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bulk certificate run")
        verbose_name_plural = _("bulk certificate runs")

    def __str__(self) -> str:
        return f"{self.cohort_id} {self.kind} {self.created_at:%Y-%m-%d %H:%M}"
