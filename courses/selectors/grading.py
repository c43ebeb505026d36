"""Reads for grading: the cohort's queue of answers waiting for a trainer, who may
see an answer (and its file), and the dry run of a regrade."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Max, QuerySet

from courses.models import (
    Answer,
    Attempt,
    Cohort,
    Question,
    QuestionKind,
    QuestionVersion,
    User,
)
from courses.permissions import can_run_cohort
from courses.scoring import response_points

# Question kinds a person grades; everything else is scored at submit.
MANUAL_KINDS = (QuestionKind.ESSAY,)

# Attempts whose answers have been scored and may be graded or regraded.
SCORED_STATUSES = (Attempt.Status.SUBMITTED, Attempt.Status.GRADED)


def _manual_answers() -> QuerySet[Answer]:
    return Answer.objects.filter(
        question_version__question__kind__in=MANUAL_KINDS,
        attempt__status__in=SCORED_STATUSES,
    ).select_related(
        "attempt__assessment",
        "attempt__enrolment__learner__profile",
        "question_version__question",
        "graded_by__profile",
    )


def grading_queue_for(*, cohort: Cohort) -> QuerySet[Answer]:
    """Answers of the cohort waiting for points, oldest submission first."""
    return (
        _manual_answers()
        .filter(attempt__assessment__cohort=cohort, points__isnull=True)
        .order_by("attempt__submitted_at", "attempt_id", "position")
    )


def graded_answers_for(*, cohort: Cohort, limit: int = 20) -> list[Answer]:
    """The cohort's most recently graded manual answers (to review or regrade)."""
    return list(
        _manual_answers()
        .filter(attempt__assessment__cohort=cohort, points__isnull=False)
        .order_by("-graded_at", "-pk")[:limit]
    )


def answer_get_for_grader(*, answer_id: int) -> Answer | None:
    """A manual answer of a submitted or graded attempt, with what the grading page
    shows; None if there is no such answer."""
    return (
        (_manual_answers().select_related("attempt__assessment__cohort__course"))
        .filter(pk=answer_id)
        .first()
    )


def next_in_queue_for(*, cohort: Cohort, after: Answer) -> Answer | None:
    """The next answer waiting in the cohort's queue, other than ``after``."""
    return grading_queue_for(cohort=cohort).exclude(pk=after.pk).first()


def answer_file_visible_to(*, answer: Answer, user: User) -> bool:
    """An answer's file is for the learner who gave it and the cohort's trainers."""
    if not user.is_authenticated:
        return False
    attempt = answer.attempt
    if attempt.enrolment.learner_id == user.pk:
        return True
    return can_run_cohort(user, attempt.assessment.cohort)


# --- Regrade dry run ---------------------------------------------------------------


@dataclass
class RegradeChange:
    attempt_id: int
    learner_name: str
    status: str
    before: Decimal
    after: Decimal
    max_score: Decimal


@dataclass
class RegradePlan:
    """What a regrade to ``to_version`` would do. ``answers`` holds the answers
    whose points change (with the new points set, unsaved)."""

    question: Question
    to_version: QuestionVersion
    answers_checked: int = 0
    answers: list[Answer] = field(default_factory=list)
    changes: list[RegradeChange] = field(default_factory=list)
    from_versions: dict[int, QuestionVersion] = field(default_factory=dict)
    in_progress: int = 0  # attempts still running on an older version

    @property
    def attempts_affected(self) -> int:
        return len(self.changes)


def question_version_latest(*, question: Question) -> QuestionVersion | None:
    return question.versions.order_by("-number").first()


def regrade_plan_for(*, question: Question, to_version: QuestionVersion) -> RegradePlan:
    """Dry run of a regrade: every answer of a submitted or graded attempt that
    used an older version of ``question`` is rescored with ``to_version``'s key,
    keeping the points of the version the learner saw. Nothing is written.
    Three queries whatever the number of attempts."""
    plan = RegradePlan(question=question, to_version=to_version)
    older = Answer.objects.filter(
        question_version__question=question,
        question_version__number__lt=to_version.number,
    )
    plan.in_progress = (
        older.filter(attempt__status=Attempt.Status.IN_PROGRESS)
        .values("attempt_id")
        .distinct()
        .count()
    )
    answers = list(
        older.filter(attempt__status__in=SCORED_STATUSES)
        .select_related("question_version", "attempt__enrolment__learner__profile")
        .order_by("attempt_id", "position")
    )
    plan.answers_checked = len(answers)
    deltas: dict[int, Decimal] = defaultdict(Decimal)
    attempts: dict[int, Attempt] = {}
    for answer in answers:
        version = answer.question_version
        plan.from_versions[version.pk] = version
        points = response_points(
            kind=question.kind,
            data=to_version.data,
            points=version.points,
            response=answer.response,
        )
        if points is None or points == answer.points:
            continue
        deltas[answer.attempt_id] += points - (answer.points or Decimal("0"))
        attempts[answer.attempt_id] = answer.attempt
        answer.points = points
        plan.answers.append(answer)
    for attempt_id, delta in deltas.items():
        attempt = attempts[attempt_id]
        before = attempt.score or Decimal("0")
        plan.changes.append(
            RegradeChange(
                attempt_id=attempt_id,
                learner_name=_learner_name(attempt),
                status=attempt.status,
                before=before,
                after=before + delta,
                max_score=attempt.max_score,
            )
        )
    return plan


def _learner_name(attempt: Attempt) -> str:
    learner = attempt.enrolment.learner
    profile = getattr(learner, "profile", None)
    return (profile.full_name if profile else "") or learner.get_username()


def question_versions_for_regrade(*, question: Question) -> list[QuestionVersion]:
    """Versions a regrade can move to: all but the first, newest first."""
    return list(question.versions.filter(number__gt=1).order_by("-number"))


def question_latest_number(*, question: Question) -> int:
    return question.versions.aggregate(n=Max("number"))["n"] or 0
