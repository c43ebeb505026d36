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
from courses.scoring import response_in_version, response_points

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
    cohort_id: int
    cohort_label: str


@dataclass
class UnmappableAnswer:
    """An answer whose chosen options (or matching items) the fixed version does
    not have (``missing``) or has more than once (``ambiguous``), by text."""

    attempt_id: int
    learner_name: str
    cohort_id: int
    cohort_label: str
    from_number: int
    missing: tuple[str, ...]
    ambiguous: tuple[str, ...]


@dataclass
class RegradePlan:
    """What a regrade to ``to_version`` would do. ``rescored`` holds every answer
    read against the fixed key (new points set, unsaved), ``answers`` those whose
    points change. A plan with ``unmappable`` answers must not be applied."""

    question: Question
    to_version: QuestionVersion
    answers_checked: int = 0
    answers: list[Answer] = field(default_factory=list)
    rescored: list[Answer] = field(default_factory=list)
    changes: list[RegradeChange] = field(default_factory=list)
    unmappable: list[UnmappableAnswer] = field(default_factory=list)
    from_versions: dict[int, QuestionVersion] = field(default_factory=dict)
    in_progress: int = 0  # attempts still running on an older version

    @property
    def attempts_affected(self) -> int:
        return len(self.changes)

    @property
    def can_apply(self) -> bool:
        return not self.unmappable


def question_version_latest(*, question: Question) -> QuestionVersion | None:
    return question.versions.order_by("-number").first()


def regrade_plan_for(*, question: Question, to_version: QuestionVersion) -> RegradePlan:
    """Dry run of a regrade: every answer of a submitted or graded attempt that
    used an older version of ``question`` is rescored with ``to_version``'s key,
    keeping the points of the version the learner saw. A response stores option
    (and matching item) positions of its own version, so it is first read against
    the fixed version by the options' texts (``response_in_version``); an answer
    whose choice the fixed version lacks or has twice is listed in ``unmappable``
    instead of being guessed. Nothing is written. Three queries whatever the
    number of attempts."""
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
        .select_related(
            "question_version",
            "attempt__enrolment__learner__profile",
            "attempt__assessment__cohort__course",
        )
        .order_by("attempt_id", "position")
    )
    plan.answers_checked = len(answers)
    deltas: dict[int, Decimal] = defaultdict(Decimal)
    attempts: dict[int, Attempt] = {}
    for answer in answers:
        version = answer.question_version
        plan.from_versions[version.pk] = version
        mapped = response_in_version(
            kind=question.kind,
            from_data=version.data or {},
            to_data=to_version.data or {},
            response=answer.response,
        )
        if not mapped.ok:
            cohort = answer.attempt.assessment.cohort
            plan.unmappable.append(
                UnmappableAnswer(
                    attempt_id=answer.attempt_id,
                    learner_name=_learner_name(answer.attempt),
                    cohort_id=cohort.pk,
                    cohort_label=str(cohort),
                    from_number=version.number,
                    missing=mapped.missing,
                    ambiguous=mapped.ambiguous,
                )
            )
            continue
        points = response_points(
            kind=question.kind,
            data=to_version.data,
            points=version.points,
            response=mapped.response,
        )
        if points is None:
            continue
        plan.rescored.append(answer)
        if points == answer.points:
            continue
        deltas[answer.attempt_id] += points - (answer.points or Decimal("0"))
        attempts[answer.attempt_id] = answer.attempt
        answer.points = points
        plan.answers.append(answer)
    for attempt_id, delta in deltas.items():
        attempt = attempts[attempt_id]
        before = attempt.score or Decimal("0")
        cohort = attempt.assessment.cohort
        plan.changes.append(
            RegradeChange(
                attempt_id=attempt_id,
                learner_name=_learner_name(attempt),
                status=attempt.status,
                before=before,
                after=before + delta,
                max_score=attempt.max_score,
                cohort_id=cohort.pk,
                cohort_label=str(cohort),
            )
        )
    return plan


def _learner_name(attempt: Attempt) -> str:
    learner = attempt.enrolment.learner
    profile = getattr(learner, "profile", None)
    return (profile.full_name if profile else "") or learner.get_username()


@dataclass
class CohortRegradeCount:
    """What a regrade does in a cohort the viewer does not train: counts only."""

    cohort_id: int
    cohort_label: str
    changes: int = 0
    unmappable: int = 0


@dataclass
class RegradePreview:
    """A plan as one user may see it: learners by name only in the cohorts they
    train (all for an administrator), every other cohort as counts."""

    plan: RegradePlan
    changes: list[RegradeChange]
    unmappable: list[UnmappableAnswer]
    other_cohorts: list[CohortRegradeCount]


def regrade_preview_for(*, plan: RegradePlan, user: User) -> RegradePreview:
    """The preview of ``plan`` for ``user``. One query (the cohorts they train)."""
    if user.is_superuser:
        trained = None
    else:
        trained = set(user.cohorts_trained.values_list("pk", flat=True))

    def named(cohort_id: int) -> bool:
        return trained is None or cohort_id in trained

    others: dict[int, CohortRegradeCount] = {}
    for change in plan.changes:
        if not named(change.cohort_id):
            row = others.setdefault(
                change.cohort_id,
                CohortRegradeCount(change.cohort_id, change.cohort_label),
            )
            row.changes += 1
    for answer in plan.unmappable:
        if not named(answer.cohort_id):
            row = others.setdefault(
                answer.cohort_id,
                CohortRegradeCount(answer.cohort_id, answer.cohort_label),
            )
            row.unmappable += 1
    return RegradePreview(
        plan=plan,
        changes=[c for c in plan.changes if named(c.cohort_id)],
        unmappable=[a for a in plan.unmappable if named(a.cohort_id)],
        other_cohorts=sorted(others.values(), key=lambda row: row.cohort_label),
    )


def question_versions_for_regrade(*, question: Question) -> list[QuestionVersion]:
    """Versions a regrade can move to: all but the first, newest first."""
    return list(question.versions.filter(number__gt=1).order_by("-number"))


def question_latest_number(*, question: Question) -> int:
    return question.versions.aggregate(n=Max("number"))["n"] or 0
