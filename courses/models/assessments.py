"""Question bank, assessments (pre-test, post-test, quiz, practical task), attempts.

A question's content lives in immutable QuestionVersion rows: editing a question adds
a version, so an attempt already taken always shows and scores what the learner saw.
The JSON shapes of ``QuestionVersion.data`` and ``Answer.response`` per kind are
documented in ``courses/scoring.py``.
"""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def answer_file_path(answer: "Answer", filename: str) -> str:
    """Under a random folder, so nobody can guess where a learner's evidence is."""
    return f"attempts/{timezone.now():%Y/%m}/{secrets.token_urlsafe(12)}/{filename}"


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True/false")
    SHORT_ANSWER = "short_answer", _("Short answer")
    NUMERIC = "numeric", _("Numeric")
    MATCHING = "matching", _("Matching")
    ESSAY = "essay", _("Essay")


class QuestionCategory(models.Model):
    """A group of questions in a course's bank, e.g. "Klasifikasi arsip"."""

    course = models.ForeignKey(
        "courses.Course", models.CASCADE, related_name="question_categories"
    )
    name = models.CharField(_("name"), max_length=150)

    class Meta:
        ordering = ["name"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "name"], name="category_unique_in_course"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Question(models.Model):
    """A question of a course's bank; its content is its latest QuestionVersion."""

    course = models.ForeignKey(
        "courses.Course", models.CASCADE, related_name="questions"
    )
    category = models.ForeignKey(
        QuestionCategory,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="questions",
    )
    kind = models.CharField(_("type"), max_length=15, choices=QuestionKind.choices)
    name = models.CharField(_("name"), max_length=200)
    is_archived = models.BooleanField(_("archived"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["category__name", "name"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.name


class QuestionVersion(models.Model):
    """What a question said at one point in time. Never updated after creation."""

    question = models.ForeignKey(Question, models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    text = models.TextField(_("question text"))
    data = models.JSONField(_("answers"), default=dict)
    points = models.DecimalField(
        _("points"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    general_feedback = models.TextField(_("feedback"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["question", "-number"]
        verbose_name = _("question version")
        verbose_name_plural = _("question versions")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "number"], name="question_version_unique_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question} v{self.number}"


class Assessment(models.Model):
    """A test attached to a cohort, with its rules."""

    class Kind(models.TextChoices):
        PRE_TEST = "pre_test", _("Pre-test")
        POST_TEST = "post_test", _("Post-test")
        QUIZ = "quiz", _("Quiz")
        PRACTICAL_TASK = "practical_task", _("Practical task")

    class Grading(models.TextChoices):
        BEST = "best", _("Best attempt counts")
        LAST = "last", _("Last attempt counts")

    class FeedbackTiming(models.TextChoices):
        IMMEDIATELY = "immediately", _("Right after submitting")
        AFTER_CLOSE = "after_close", _("After the assessment closes")

    cohort = models.ForeignKey(
        "courses.Cohort", models.CASCADE, related_name="assessments"
    )
    kind = models.CharField(_("kind"), max_length=15, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("instructions"), blank=True)
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=1, validators=[MinValueValidator(1)]
    )
    grading = models.CharField(
        _("attempt that counts"),
        max_length=5,
        choices=Grading.choices,
        default=Grading.BEST,
    )
    pass_mark = models.DecimalField(
        _("pass mark (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("70"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    one_question_per_page = models.BooleanField(
        _("one question per page"), default=False
    )
    feedback_timing = models.CharField(
        _("show feedback"),
        max_length=12,
        choices=FeedbackTiming.choices,
        default=FeedbackTiming.IMMEDIATELY,
    )
    retake_only_if_failed = models.BooleanField(
        _("further attempts only after a fail (remedial)"),
        default=True,
        help_text=_(
            "When more than one attempt is allowed, a learner who passed cannot "
            "start another one."
        ),
    )
    rubric = models.TextField(
        _("grading rubric"),
        blank=True,
        help_text=_("Shown to trainers grading essays and practical tasks."),
    )

    class Meta:
        ordering = ["cohort", "kind", "title"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__isnull=True)
                | models.Q(opens_at__isnull=True)
                | models.Q(closes_at__gt=models.F("opens_at")),
                name="assessment_closes_after_it_opens",
            )
        ]

    def __str__(self) -> str:
        return self.title


class AssessmentItem(models.Model):
    """One slot of an assessment: a fixed question, or N questions drawn at random
    from a category (drawn once per attempt, reproducibly from the attempt's seed)."""

    assessment = models.ForeignKey(Assessment, models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(default=0)
    question = models.ForeignKey(
        Question, models.PROTECT, null=True, blank=True, related_name="+"
    )
    category = models.ForeignKey(
        QuestionCategory, models.PROTECT, null=True, blank=True, related_name="+"
    )
    draw_count = models.PositiveSmallIntegerField(
        _("questions drawn"), default=1, validators=[MinValueValidator(1)]
    )

    class Meta:
        ordering = ["assessment", "position", "pk"]
        verbose_name = _("assessment item")
        verbose_name_plural = _("assessment items")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(question__isnull=False, category__isnull=True)
                    | models.Q(question__isnull=True, category__isnull=False)
                ),
                name="item_is_a_question_or_a_draw",
            )
        ]

    def __str__(self) -> str:
        return str(self.question or self.category)


class Attempt(models.Model):
    """One sitting of an assessment. The deadline is fixed on the server at start."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted, waiting for grading")
        GRADED = "graded", _("Graded")

    assessment = models.ForeignKey(Assessment, models.PROTECT, related_name="attempts")
    enrolment = models.ForeignKey(
        "courses.Enrolment", models.PROTECT, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField(default=1)
    seed = models.BigIntegerField(help_text="Draw and shuffle order of this attempt.")
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.IN_PROGRESS
    )
    started_at = models.DateTimeField(default=timezone.now)
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(
        max_digits=8, decimal_places=2, default=Decimal("0")
    )

    class Meta:
        ordering = ["assessment", "enrolment", "number"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "enrolment", "number"],
                name="attempt_unique_number",
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment} #{self.number}"

    @property
    def percent(self) -> Decimal | None:
        if self.score is None or not self.max_score:
            return None
        return (100 * self.score / self.max_score).quantize(Decimal("0.01"))

    @property
    def is_passed(self) -> bool:
        percent = self.percent
        return (
            self.status == self.Status.GRADED
            and percent is not None
            and percent >= self.assessment.pass_mark
        )


class Answer(models.Model):
    """The learner's response to one question version in an attempt."""

    attempt = models.ForeignKey(Attempt, models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField()
    question_version = models.ForeignKey(
        QuestionVersion, models.PROTECT, related_name="+"
    )
    option_order = models.JSONField(default=list, blank=True)
    response = models.JSONField(null=True, blank=True)
    file = models.FileField(
        _("attached file"),
        upload_to=answer_file_path,
        blank=True,
        help_text=_("Evidence of a practical task (PDF, image or office document)."),
    )
    saved_at = models.DateTimeField(null=True, blank=True)
    points = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    grader_comment = models.TextField(blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    graded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "position"], name="answer_unique_position"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt} · {self.position}"


class RegradeEvent(models.Model):
    """Audit of a regrade: a question's key was fixed and the attempts that had
    answered it were scored again. ``changes`` lists, per attempt, the score before
    and after: ``[{"attempt": 12, "before": "7.00", "after": "8.00"}, ...]``."""

    question = models.ForeignKey(Question, models.CASCADE, related_name="regrades")
    from_version = models.ForeignKey(QuestionVersion, models.PROTECT, related_name="+")
    to_version = models.ForeignKey(QuestionVersion, models.PROTECT, related_name="+")
    reason = models.TextField(_("reason"))
    changes = models.JSONField(default=list)
    attempts_affected = models.PositiveIntegerField(default=0)
    regraded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+"
    )
    regraded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-regraded_at"]
        verbose_name = _("regrade")
        verbose_name_plural = _("regrades")

    def __str__(self) -> str:
        return f"{self.question} v{self.from_version.number}→v{self.to_version.number}"
