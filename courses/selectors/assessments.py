"""Selectors for assessments: which attempt counts and whether it passed; what a
learner sees of an assessment (state, attempts, feedback) and of an attempt's
questions, each in a bounded number of queries."""

import datetime
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, QuerySet
from django.utils import timezone

from courses.models import (
    Answer,
    Assessment,
    Attempt,
    Enrolment,
    QuestionVersion,
    RegradeEvent,
    User,
)
from courses.scoring import (
    choice_index_map,
    normalise_text,
    numeric_answer_for,
    pair_index_map,
)

# Enrolments that may see and take their cohort's assessments: those holding a seat.
# A not-completed learner may still pass a remedial attempt while it is open.
ASSESSED = Enrolment.SEAT_STATUSES


def _counted(assessment: Assessment, attempts: Iterable[Attempt]) -> Attempt | None:
    graded = [a for a in attempts if a.status == Attempt.Status.GRADED]
    if not graded:
        return None
    if assessment.grading == Assessment.Grading.LAST:
        return max(graded, key=lambda attempt: attempt.number)
    return max(graded, key=lambda attempt: (attempt.percent or 0, -attempt.number))


def counted_attempt_for(
    *, assessment: Assessment, enrolment: Enrolment
) -> Attempt | None:
    """The graded attempt that counts under the assessment's rule (best or last)."""
    graded = Attempt.objects.filter(
        assessment=assessment, enrolment=enrolment, status=Attempt.Status.GRADED
    ).select_related("assessment")
    return _counted(assessment, graded)


def post_test_passed_for(*, enrolment: Enrolment) -> bool | None:
    """True when the counted attempt of every post-test of the cohort passed; None
    when the cohort has no post-test."""
    post_tests = list(
        Assessment.objects.filter(
            cohort_id=enrolment.cohort_id, kind=Assessment.Kind.POST_TEST
        )
    )
    if not post_tests:
        return None
    for assessment in post_tests:
        counted = counted_attempt_for(assessment=assessment, enrolment=enrolment)
        if counted is None or not counted.is_passed:
            return False
    return True


# --- What a learner sees -------------------------------------------------------


def feedback_opens_at(*, assessment: Assessment) -> datetime.datetime | None:
    """When scores and feedback may be shown: None means at once. "After close"
    without a close time waits for the end of the cohort's last day (its zone)."""
    if assessment.feedback_timing == Assessment.FeedbackTiming.IMMEDIATELY:
        return None
    if assessment.closes_at:
        return assessment.closes_at
    cohort = assessment.cohort
    day_after = cohort.ends_on + datetime.timedelta(days=1)
    return datetime.datetime.combine(
        day_after, datetime.time(), tzinfo=zoneinfo.ZoneInfo(cohort.time_zone)
    )


def feedback_visible_for(
    *, assessment: Assessment, at: datetime.datetime | None = None
) -> bool:
    opens = feedback_opens_at(assessment=assessment)
    return opens is None or (at or timezone.now()) >= opens


@dataclass
class LearnerAssessment:
    """An assessment as one learner sees it: its attempts and what they may do."""

    assessment: Assessment
    enrolment: Enrolment
    attempts: list[Attempt]  # the learner's, by number
    at: datetime.datetime
    has_questions: bool = True  # an attempt would give at least one question

    class State:
        NOT_OPEN = "not_open"
        OPEN = "open"
        NO_QUESTIONS = "no_questions"  # open, but there is nothing to answer yet
        IN_PROGRESS = "in_progress"
        SUBMITTED = "submitted"  # waiting for grading
        GRADED = "graded"
        CLOSED = "closed"  # closed without an attempt

    @property
    def running(self) -> Attempt | None:
        return next(
            (a for a in self.attempts if a.status == Attempt.Status.IN_PROGRESS), None
        )

    @property
    def counted(self) -> Attempt | None:
        return _counted(self.assessment, self.attempts)

    @property
    def waiting(self) -> Attempt | None:
        """The latest attempt waiting for a grader, if any."""
        return next(
            (
                a
                for a in reversed(self.attempts)
                if a.status == Attempt.Status.SUBMITTED
            ),
            None,
        )

    @property
    def is_open(self) -> bool:
        a = self.assessment
        return not (a.opens_at and self.at < a.opens_at) and not (
            a.closes_at and self.at >= a.closes_at
        )

    @property
    def attempts_used(self) -> int:
        return len(self.attempts)

    @property
    def attempts_left(self) -> int:
        return max(0, self.assessment.attempts_allowed - self.attempts_used)

    @property
    def feedback_visible(self) -> bool:
        return feedback_visible_for(assessment=self.assessment, at=self.at)

    @property
    def retake_refused(self) -> bool:
        """The remedial rule forbids another attempt (passed, or awaiting grading)."""
        if not self.assessment.retake_only_if_failed or not self.attempts:
            return False
        counted = self.counted
        return self.waiting is not None or (counted is not None and counted.is_passed)

    @property
    def can_start(self) -> bool:
        """A new attempt may start now (a running one is resumed instead)."""
        return (
            self.running is None
            and self.has_questions
            and self.is_open
            and self.attempts_left > 0
            and not self.retake_refused
        )

    @property
    def state(self) -> str:
        if self.running is not None:
            return self.State.IN_PROGRESS
        if self.waiting is not None:
            return self.State.SUBMITTED
        if self.counted is not None:
            return self.State.GRADED
        if self.assessment.opens_at and self.at < self.assessment.opens_at:
            return self.State.NOT_OPEN
        if not self.is_open:
            return self.State.CLOSED
        if not self.has_questions:
            return self.State.NO_QUESTIONS
        return self.State.OPEN


def assessment_ids_with_questions(*, assessment_ids: Iterable[int]) -> set[int]:
    """The assessments an attempt would give at least one question: a fixed
    question, or a draw from a category with an active question. One query."""
    return set(
        Assessment.objects.filter(pk__in=list(assessment_ids))
        .filter(
            Q(items__question__isnull=False)
            | Q(items__category__questions__is_archived=False)
        )
        .values_list("pk", flat=True)
        .distinct()
    )


def _learner_assessments(
    assessments: list[Assessment],
    enrolments: dict[int, Enrolment],
    at: datetime.datetime,
) -> list[LearnerAssessment]:
    attempts: dict[tuple[int, int], list[Attempt]] = {}
    rows = Attempt.objects.filter(
        assessment__in=assessments, enrolment__in=list(enrolments.values())
    ).order_by("number")
    by_id = {a.pk: a for a in assessments}
    for attempt in rows:
        attempt.assessment = by_id[attempt.assessment_id]  # no query per attempt
        attempts.setdefault((attempt.assessment_id, attempt.enrolment_id), []).append(
            attempt
        )
    with_questions = assessment_ids_with_questions(assessment_ids=by_id)
    result = []
    for assessment in assessments:
        enrolment = enrolments[assessment.cohort_id]
        result.append(
            LearnerAssessment(
                assessment=assessment,
                enrolment=enrolment,
                attempts=attempts.get((assessment.pk, enrolment.pk), []),
                at=at,
                has_questions=assessment.pk in with_questions,
            )
        )
    return result


KIND_ORDER = {
    Assessment.Kind.PRE_TEST: 0,
    Assessment.Kind.QUIZ: 1,
    Assessment.Kind.PRACTICAL_TASK: 2,
    Assessment.Kind.POST_TEST: 3,
}


def learner_assessments_by_enrolment(
    *, enrolments: Iterable[Enrolment], at: datetime.datetime | None = None
) -> dict[int, list[LearnerAssessment]]:
    """The cohort assessments of each enrolment that holds a seat, with the
    learner's attempts, keyed by enrolment id: three queries for any number."""
    by_cohort = {e.cohort_id: e for e in enrolments if e.status in ASSESSED}
    assessments = list(
        Assessment.objects.filter(cohort_id__in=by_cohort).select_related(
            "cohort__course"
        )
    )
    assessments.sort(
        key=lambda a: (KIND_ORDER[a.kind], a.opens_at is None, a.opens_at, a.title)
    )
    result: dict[int, list[LearnerAssessment]] = {}
    for row in _learner_assessments(assessments, by_cohort, at or timezone.now()):
        result.setdefault(row.enrolment.pk, []).append(row)
    return result


def learner_assessment_for(
    *, learner: User, assessment_id: int, at: datetime.datetime | None = None
) -> LearnerAssessment | None:
    """The assessment if the learner holds a seat in its cohort, else None."""
    assessment = (
        Assessment.objects.filter(pk=assessment_id)
        .select_related("cohort__course")
        .first()
    )
    if assessment is None:
        return None
    enrolment = Enrolment.objects.filter(
        learner=learner, cohort_id=assessment.cohort_id, status__in=ASSESSED
    ).first()
    if enrolment is None:
        return None
    enrolment.cohort = assessment.cohort
    return _learner_assessments(
        [assessment], {assessment.cohort_id: enrolment}, at or timezone.now()
    )[0]


def attempt_list_for_learner(*, learner: User) -> QuerySet[Attempt]:
    """Only the learner's own attempts (other people's are not found)."""
    return Attempt.objects.filter(enrolment__learner=learner).select_related(
        "assessment__cohort__course", "enrolment"
    )


# --- An attempt's questions, as shown to the learner ---------------------------


@dataclass
class OptionView:
    index: int  # in the version's data: what a response stores
    text: str
    chosen: bool
    fraction: Decimal
    feedback: str

    @property
    def is_correct(self) -> bool:
        return self.fraction > 0


@dataclass
class PairView:
    index: int
    left: str
    right: str  # the correct match
    chosen: str

    @property
    def is_correct(self) -> bool:
        # No right match: the item is not in the version the answer was scored by.
        right = normalise_text(self.right)
        return bool(right) and normalise_text(self.chosen) == right


@dataclass
class AnswerView:
    """One question of an attempt with the learner's response, ready to render."""

    answer: Answer
    kind: str
    text: str
    points: Decimal
    general_feedback: str
    options: list[OptionView] = field(default_factory=list)
    pairs: list[PairView] = field(default_factory=list)
    right_choices: list[str] = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)  # per the response given

    @property
    def position(self) -> int:
        return self.answer.position

    @property
    def response(self) -> object:
        return self.answer.response

    @property
    def answered(self) -> bool:
        response = self.answer.response
        if self.answer.file:
            return True
        if response is None or response in ("", []):
            return False
        if isinstance(response, dict):
            return any(str(v).strip() for v in response.values())
        return True

    @property
    def text_response(self) -> str:
        response = self.answer.response
        if response is None or isinstance(response, list | dict):
            return ""
        return str(response)

    @property
    def file_label(self) -> str:
        return self.answer.file.name.rsplit("/", 1)[-1] if self.answer.file else ""

    @property
    def is_pending(self) -> bool:
        return self.answer.points is None and self.kind == "essay"

    @property
    def is_full_marks(self) -> bool:
        return self.answer.points is not None and self.answer.points >= self.points


def _answer_view(answer: Answer, key: QuestionVersion | None = None) -> AnswerView:
    """The learner sees the question, its options and items as they answered it
    (``answer.question_version``); what is right, the feedback and the general
    feedback come from ``key``, the version the answer was last scored against (a
    regrade's fixed version), found again by the options' and items' texts."""
    version = answer.question_version
    key = key or version
    kind = version.question.kind
    data = version.data or {}
    key_data = key.data or {}
    response = answer.response
    view = AnswerView(
        answer=answer,
        kind=kind,
        text=version.text,
        points=version.points,
        general_feedback=key.general_feedback,
    )
    if kind in ("single", "multiple"):
        options = data.get("options", [])
        key_options = key_data.get("options", [])
        same = (
            {i: i for i in range(len(options))}
            if key.pk == version.pk
            else choice_index_map(from_data=data, to_data=key_data)
        )
        order = answer.option_order or list(range(len(options)))
        chosen = (
            {response}
            if kind == "single"
            else set(response if isinstance(response, list) else [])
        )
        for index in order:
            if not 0 <= index < len(options):
                continue
            # An option the key's version no longer has counts as wrong.
            scored = key_options[same[index]] if index in same else {}
            view.options.append(
                OptionView(
                    index=index,
                    text=str(options[index].get("text", "")),
                    chosen=index in chosen,
                    fraction=Decimal(str(scored.get("fraction", 0))),
                    feedback=str(scored.get("feedback", "") or ""),
                )
            )
        view.feedback = [o.feedback for o in view.options if o.chosen and o.feedback]
    elif kind == "true_false":
        if response is True and key_data.get("feedback_true"):
            view.feedback = [key_data["feedback_true"]]
        elif response is False and key_data.get("feedback_false"):
            view.feedback = [key_data["feedback_false"]]
    elif kind == "short_answer":
        for accepted in key_data.get("accepted", []):
            if accepted.get("feedback") and normalise_text(
                accepted.get("text")
            ) == normalise_text(response):
                view.feedback = [accepted["feedback"]]
                break
    elif kind == "numeric":
        matched = numeric_answer_for(data=key_data, response=response)
        if matched is not None and matched.get("feedback"):
            view.feedback = [matched["feedback"]]
    elif kind == "matching":
        given = response if isinstance(response, dict) else {}
        key_pairs = key_data.get("pairs", [])
        same = (
            {i: i for i in range(len(data.get("pairs", [])))}
            if key.pk == version.pk
            else pair_index_map(from_data=data, to_data=key_data)
        )
        for index, pair in enumerate(data.get("pairs", [])):
            scored = key_pairs[same[index]] if index in same else {}
            view.pairs.append(
                PairView(
                    index=index,
                    left=str(pair.get("left", "")),
                    right=str(scored.get("right", "")),
                    chosen=str(given.get(str(index), "") or ""),
                )
            )
        rights = {str(p.get("right", "")) for p in data.get("pairs", [])} | {
            str(d) for d in data.get("distractors", [])
        }
        # Alphabetical, so the list never gives away the order of the pairs.
        view.right_choices = sorted(rights, key=normalise_text)
    return view


def _regraded_keys(answers: list[Answer]) -> dict[int, QuestionVersion]:
    """Answer id -> the fixed version its points were last recomputed with, for
    the automatically scored answers a regrade rescored (it stamps ``graded_at``
    with its own time). One query, none when no answer was regraded."""
    regraded = [
        a
        for a in answers
        if a.graded_at is not None and a.question_version.question.kind != "essay"
    ]
    if not regraded:
        return {}
    events = RegradeEvent.objects.filter(
        from_version_id__in={a.question_version_id for a in regraded},
        regraded_at__lte=max(a.graded_at for a in regraded),
    ).select_related("to_version")
    keys: dict[int, QuestionVersion] = {}
    for answer in regraded:
        latest = max(
            (
                event
                for event in events
                if event.from_version_id == answer.question_version_id
                and event.regraded_at <= answer.graded_at
            ),
            key=lambda event: (event.regraded_at, event.pk),
            default=None,
        )
        if latest is not None:
            keys[answer.pk] = latest.to_version
    return keys


def attempt_answers_for(*, attempt: Attempt) -> list[AnswerView]:
    """Every question of the attempt in its order, with options in the attempt's
    own shuffled order; right and wrong as scored, after a regrade by the fixed
    version. Two queries at most whatever the number of questions."""
    answers = list(
        attempt.answers.select_related("question_version__question").order_by(
            "position"
        )
    )
    keys = _regraded_keys(answers)
    return [_answer_view(answer, keys.get(answer.pk)) for answer in answers]
