"""Cohorts (angkatan), their sessions, enrolments, attendance and lesson progress."""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_checkin_secret() -> str:
    return secrets.token_urlsafe(32)


class Cohort(models.Model):
    """A dated run of a course ("Angkatan I 2026"), with seats, a window to enrol in,
    trainers and the rule that decides who completes it."""

    class TimeZone(models.TextChoices):
        WIB = "Asia/Jakarta", _("WIB (Western Indonesia)")
        WITA = "Asia/Makassar", _("WITA (Central Indonesia)")
        WIT = "Asia/Jayapura", _("WIT (Eastern Indonesia)")

    course = models.ForeignKey(
        "courses.Course",
        models.PROTECT,
        related_name="cohorts",
        verbose_name=_("course"),
    )
    title = models.CharField(
        _("title"), max_length=150, help_text=_("e.g. Angkatan I 2026")
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    time_zone = models.CharField(
        _("time zone"), max_length=20, choices=TimeZone.choices, default=TimeZone.WIB
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("e.g. Aula DPK Provinsi Kalimantan Tengah, Palangka Raya"),
    )
    is_online = models.BooleanField(_("online"), default=False)
    capacity = models.PositiveIntegerField(
        _("seats"), validators=[MinValueValidator(1)]
    )
    enrolment_opens_at = models.DateTimeField(
        _("enrolment opens"), null=True, blank=True
    )
    enrolment_closes_at = models.DateTimeField(
        _("enrolment closes"), null=True, blank=True
    )
    requires_approval = models.BooleanField(
        _("enrolment needs approval"),
        default=True,
        help_text=_("Otherwise seats are given in order of request."),
    )
    organiser = models.ForeignKey(
        "courses.Office",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="cohorts",
        verbose_name=_("organising office"),
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="cohorts_trained",
        verbose_name=_("trainers"),
    )
    # The completion rule, evaluated by courses.services.completion.
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance %"),
        default=80,
        validators=[MaxValueValidator(100)],
    )
    requires_all_lessons = models.BooleanField(
        _("all required lessons done"), default=True
    )
    requires_post_test = models.BooleanField(_("post-test passed"), default=True)
    requires_practical_task = models.BooleanField(
        _("practical task accepted"), default=False
    )

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="cohort_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=models.Q(enrolment_closes_at__isnull=True)
                | models.Q(enrolment_opens_at__isnull=True)
                | models.Q(enrolment_closes_at__gt=models.F("enrolment_opens_at")),
                name="cohort_enrolment_window_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course.code} · {self.title}"

    @property
    def zone_abbreviation(self) -> str:
        """WIB, WITA or WIT: how Indonesians name the cohort's time zone."""
        return self.TimeZone(self.time_zone).name

    def is_open_for_enrolment(self, at=None) -> bool:
        at = at or timezone.now()
        opened = self.enrolment_opens_at is None or self.enrolment_opens_at <= at
        not_closed = self.enrolment_closes_at is None or at < self.enrolment_closes_at
        return opened and not_closed


class RegionQuota(models.Model):
    """At most ``seats`` learners from ``region`` (and below) in a cohort."""

    cohort = models.ForeignKey(Cohort, models.CASCADE, related_name="quotas")
    region = models.ForeignKey("courses.Region", models.PROTECT, related_name="+")
    seats = models.PositiveIntegerField(_("seats"))

    class Meta:
        verbose_name = _("region quota")
        verbose_name_plural = _("region quotas")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "region"], name="quota_unique_region"
            )
        ]

    def __str__(self) -> str:
        return f"{self.region_id}: {self.seats}"


class Session(models.Model):
    """A meeting of a cohort (face to face or online) whose attendance is recorded."""

    cohort = models.ForeignKey(Cohort, models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    topic = models.CharField(_("topic"), max_length=200)
    jp = models.DecimalField(
        _("JP"),
        max_digits=4,
        decimal_places=1,
        default=Decimal("2"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    checkin_secret = models.CharField(
        max_length=64, default=new_checkin_secret, editable=False
    )

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return self.topic


class Enrolment(models.Model):
    """A learner's place in a cohort. Its status only changes through
    courses.services.enrolment, which records every change as an EnrolmentEvent."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        WAITLISTED = "waitlisted", _("Waiting list")
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        NOT_COMPLETED = "not_completed", _("Not completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    # Statuses that occupy one of the cohort's seats.
    SEAT_STATUSES = (
        Status.APPROVED,
        Status.ACTIVE,
        Status.COMPLETED,
        Status.NOT_COMPLETED,
    )

    cohort = models.ForeignKey(Cohort, models.PROTECT, related_name="enrolments")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="enrolments"
    )
    status = models.CharField(
        _("status"), max_length=15, choices=Status.choices, default=Status.REQUESTED
    )
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("nominated by"),
    )
    office = models.ForeignKey(
        "courses.Office",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="nominations",
        verbose_name=_("nominating office"),
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    status_changed_at = models.DateTimeField(
        _("status changed at"), default=timezone.now
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "learner"],
                name="enrolment_one_per_learner_and_cohort",
            )
        ]
        indexes = [models.Index(fields=["cohort", "status"])]

    def __str__(self) -> str:
        return f"{self.learner} · {self.cohort}"

    @property
    def holds_seat(self) -> bool:
        return self.status in self.SEAT_STATUSES


class EnrolmentEvent(models.Model):
    """The audit trail of an enrolment: who moved it from what to what, and why."""

    enrolment = models.ForeignKey(Enrolment, models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=15, blank=True)
    to_status = models.CharField(max_length=15)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("enrolment event")
        verbose_name_plural = _("enrolment events")

    def __str__(self) -> str:
        return f"{self.from_status or '-'} → {self.to_status}"


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    class Method(models.TextChoices):
        ROSTER = "roster", _("Roster (trainer)")
        QR = "qr", _("QR check-in")

    ATTENDED = (Status.PRESENT, Status.LATE)

    session = models.ForeignKey(Session, models.CASCADE, related_name="attendances")
    enrolment = models.ForeignKey(Enrolment, models.CASCADE, related_name="attendances")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    method = models.CharField(_("recorded by"), max_length=10, choices=Method.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "enrolment"], name="attendance_once_per_session"
            )
        ]

    def __str__(self) -> str:
        return self.get_status_display()


class LessonProgress(models.Model):
    """What a learner did with a lesson. Keyed by the lesson *page* (stable across
    revisions), so editing a published lesson never loses progress."""

    enrolment = models.ForeignKey(Enrolment, models.CASCADE, related_name="progress")
    lesson = models.ForeignKey("wagtailcore.Page", models.CASCADE, related_name="+")
    first_viewed_at = models.DateTimeField(default=timezone.now)
    last_viewed_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson"], name="progress_once_per_lesson"
            )
        ]
        indexes = [models.Index(fields=["enrolment", "-last_viewed_at"])]

    def __str__(self) -> str:
        return f"{self.enrolment_id}/{self.lesson_id}"
