"""Taking assessments: start an attempt (draw, shuffle, fix the deadline), save
answers as the learner goes, submit once and score; a graded post-test or practical
task re-evaluates the completion rule.

The server is the clock: the deadline is set at start and answers arriving after it
are refused; submitting late closes and scores what was saved in time.
"""

import random
import secrets
from datetime import datetime, timedelta
from decimal import Decimal

from django.core.files import File
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from courses.exceptions import (
    AssessmentClosed,
    AssessmentHasNoQuestions,
    AttemptAlreadySubmitted,
    AttemptAwaitingGrading,
    DeadlinePassed,
    EnrolmentWithdrawn,
    NoAttemptsLeft,
    NotEnrolled,
    RetakeNotAllowed,
)
from courses.models import (
    Answer,
    Assessment,
    AssessmentItem,
    Attempt,
    Enrolment,
    Question,
    QuestionVersion,
)
from courses.scoring import response_points
from courses.selectors.assessments import (
    ASSESSED,
    counted_attempt_for,
    feedback_visible_for,
)
from courses.selectors.completion import CompletionVerdict
from courses.services.completion import enrolment_evaluate
from courses.services.enrolment import enrolment_activate

# Graded attempts of these kinds can change whether the learner completes.
COMPLETION_KINDS = {Assessment.Kind.POST_TEST, Assessment.Kind.PRACTICAL_TASK}

SHUFFLED_KINDS = {"single", "multiple"}


def _latest_versions(question_ids: list[int]) -> dict[int, QuestionVersion]:
    latest = (
        QuestionVersion.objects.filter(question_id__in=question_ids)
        .values("question_id")
        .annotate(number=Max("number"))
    )
    wanted = {(row["question_id"], row["number"]) for row in latest}
    versions = QuestionVersion.objects.filter(
        question_id__in=question_ids
    ).select_related("question")
    return {v.question_id: v for v in versions if (v.question_id, v.number) in wanted}


def draw_questions(*, items: list[AssessmentItem], seed: int) -> list[int]:
    """Question ids of an attempt: fixed items as they are, random items drawn from
    their category. A question is never given twice: every draw leaves out all the
    fixed questions of the assessment (wherever they stand) and what earlier draws
    took. The same seed always gives the same questions in the same order."""
    rng = random.Random(seed)
    taken = {item.question_id for item in items if item.question_id}
    chosen: list[int] = []
    for item in items:
        if item.question_id:
            chosen.append(item.question_id)
            continue
        pool = sorted(
            Question.objects.filter(category_id=item.category_id, is_archived=False)
            .exclude(pk__in=taken)
            .values_list("pk", flat=True)
        )
        drawn = rng.sample(pool, min(item.draw_count, len(pool)))
        taken.update(drawn)
        chosen.extend(drawn)
    return chosen


@transaction.atomic
def attempt_start(
    *, assessment: Assessment, enrolment: Enrolment, at: datetime | None = None
) -> Attempt:
    """Start the learner's next attempt, or return the one still in progress.

    Only a learner holding a seat in the assessment's cohort may start; the first
    attempt of an approved enrolment makes it active. A running attempt whose time
    is over is closed and scored first. With the remedial rule
    (``retake_only_if_failed``) a learner whose counted attempt passed, or whose
    last attempt still waits for grading, cannot start another one. An assessment
    that gives no question (no items, or draws from empty categories) cannot be
    started (AssessmentHasNoQuestions): an empty attempt would be graded 0 of 0."""
    at = at or timezone.now()
    if enrolment.cohort_id != assessment.cohort_id or enrolment.status not in ASSESSED:
        raise NotEnrolled(assessment.pk)
    attempts = Attempt.objects.select_for_update().filter(
        assessment=assessment, enrolment=enrolment
    )
    running = attempts.filter(status=Attempt.Status.IN_PROGRESS).first()
    if running is not None:
        if running.deadline is None or at <= running.deadline:
            return running
        attempt_submit(attempt=running, at=at)  # time over: close with what was saved
    if (assessment.opens_at and at < assessment.opens_at) or (
        assessment.closes_at and at >= assessment.closes_at
    ):
        raise AssessmentClosed(assessment.pk)
    taken = attempts.count()
    if taken >= assessment.attempts_allowed:
        raise NoAttemptsLeft(assessment.pk)
    if assessment.retake_only_if_failed and taken:
        if attempts.filter(status=Attempt.Status.SUBMITTED).exists():
            raise AttemptAwaitingGrading(assessment.pk)
        counted = counted_attempt_for(assessment=assessment, enrolment=enrolment)
        if counted is not None and counted.is_passed:
            raise RetakeNotAllowed(
                assessment.pk,
                feedback_visible=feedback_visible_for(assessment=assessment, at=at),
            )
    seed = secrets.randbits(62)
    question_ids = draw_questions(items=list(assessment.items.all()), seed=seed)
    if not question_ids:
        raise AssessmentHasNoQuestions(assessment.pk)
    if enrolment.status == Enrolment.Status.APPROVED:
        enrolment_activate(enrolment=enrolment, actor=enrolment.learner)
    rng = random.Random(seed)
    if assessment.shuffle_questions:
        rng.shuffle(question_ids)
    versions = _latest_versions(question_ids)
    deadline = None
    if assessment.time_limit_minutes:
        deadline = at + timedelta(minutes=assessment.time_limit_minutes)
    if assessment.closes_at:
        deadline = min(filter(None, [deadline, assessment.closes_at]))
    attempt = Attempt.objects.create(
        assessment=assessment,
        enrolment=enrolment,
        number=taken + 1,
        seed=seed,
        started_at=at,
        deadline=deadline,
        max_score=sum((versions[qid].points for qid in question_ids), Decimal("0")),
    )
    answers = []
    for position, question_id in enumerate(question_ids, start=1):
        version = versions[question_id]
        order = list(range(len(version.data.get("options", []))))
        if assessment.shuffle_options and version.question.kind in SHUFFLED_KINDS:
            rng.shuffle(order)
        answers.append(
            Answer(
                attempt=attempt,
                position=position,
                question_version=version,
                option_order=order,
            )
        )
    Answer.objects.bulk_create(answers)
    return attempt


def _refuse_if_closed(attempt: Attempt, at: datetime) -> None:
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise AttemptAlreadySubmitted(attempt.pk)
    _refuse_without_seat(attempt)
    if attempt.deadline and at > attempt.deadline:
        raise DeadlinePassed(attempt.pk)


def _refuse_without_seat(attempt: Attempt) -> None:
    """A learner whose enrolment was withdrawn or cancelled keeps their attempts on
    record but can no longer change or submit them."""
    if attempt.enrolment.status not in ASSESSED:
        raise EnrolmentWithdrawn(attempt.pk)


@transaction.atomic
def answers_save(
    *,
    attempt: Attempt,
    responses: dict[int, object],
    files: dict[int, File] | None = None,
    at: datetime | None = None,
) -> int:
    """Autosave: store responses (and practical-task files, already validated by
    the form) by position. Refused after the deadline, once submitted, or when the
    learner's enrolment no longer holds a seat (EnrolmentWithdrawn); returns how
    many answers were saved. A file replaces the one saved before."""
    at = at or timezone.now()
    files = files or {}
    attempt = (
        Attempt.objects.select_for_update()
        .select_related("enrolment")
        .get(pk=attempt.pk)
    )
    _refuse_if_closed(attempt, at)
    answers = list(attempt.answers.filter(position__in=set(responses) | set(files)))
    for answer in answers:
        if answer.position in responses:
            answer.response = responses[answer.position]
        upload = files.get(answer.position)
        if upload is not None:
            old = answer.file.name if answer.file else ""
            answer.file.save(upload.name, upload, save=False)
            if old:
                # Delete the replaced file once the new name is committed.
                transaction.on_commit(
                    lambda old=old, storage=answer.file.storage: storage.delete(old)
                )
        answer.saved_at = at
    Answer.objects.bulk_update(answers, ["response", "file", "saved_at"])
    return len(answers)


@transaction.atomic
def attempt_submit(
    *,
    attempt: Attempt,
    responses: dict[int, object] | None = None,
    at: datetime | None = None,
) -> Attempt:
    """Submit once and score. Late responses are dropped (what was saved in time is
    scored); a second submit raises AttemptAlreadySubmitted, and a learner whose
    enrolment no longer holds a seat cannot submit (EnrolmentWithdrawn). Essays
    leave the attempt waiting for a grader. A bounded number of queries whatever
    the question count."""
    at = at or timezone.now()
    attempt = (
        Attempt.objects.select_for_update()
        .select_related("assessment", "enrolment")
        .get(pk=attempt.pk)
    )
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise AttemptAlreadySubmitted(attempt.pk)
    _refuse_without_seat(attempt)
    late = attempt.deadline is not None and at > attempt.deadline
    answers = list(attempt.answers.select_related("question_version__question"))
    pending = False
    for answer in answers:
        if responses and answer.position in responses and not late:
            answer.response = responses[answer.position]
            answer.saved_at = at
        version = answer.question_version
        answer.points = response_points(
            kind=version.question.kind,
            data=version.data,
            points=version.points,
            response=answer.response,
        )
        pending = pending or answer.points is None
    Answer.objects.bulk_update(answers, ["response", "saved_at", "points"])
    attempt.submitted_at = min(at, attempt.deadline) if late else at
    attempt.score = sum((a.points or Decimal("0") for a in answers), Decimal("0"))
    attempt.status = Attempt.Status.SUBMITTED if pending else Attempt.Status.GRADED
    attempt.save(update_fields=["submitted_at", "score", "status"])
    if attempt.status == Attempt.Status.GRADED:
        attempt_after_grading(attempt=attempt)
    return attempt


@transaction.atomic
def attempt_close_if_expired(*, attempt: Attempt, at: datetime | None = None) -> bool:
    """Close and score an attempt left running past its deadline (the learner
    closed the page). Returns whether it was closed now; an attempt of a
    withdrawn or cancelled enrolment is left as it is."""
    at = at or timezone.now()
    if (
        attempt.status != Attempt.Status.IN_PROGRESS
        or attempt.deadline is None
        or at <= attempt.deadline
    ):
        return False
    try:
        attempt_submit(attempt=attempt, at=at)
    except AttemptAlreadySubmitted:
        return False  # closed meanwhile by another request
    except EnrolmentWithdrawn:
        return False
    attempt.refresh_from_db()
    return True


def attempts_close_expired(*, at: datetime | None = None) -> int:
    """Close and score every attempt left running past its deadline (learners who
    never came back), so gradebooks and completion see them; attempts of withdrawn
    or cancelled enrolments stay as they are. For a periodic task;
    each attempt in its own transaction. Returns how many were closed."""
    at = at or timezone.now()
    expired = Attempt.objects.filter(
        status=Attempt.Status.IN_PROGRESS,
        deadline__lt=at,
        enrolment__status__in=ASSESSED,
    ).order_by("pk")
    return sum(attempt_close_if_expired(attempt=attempt, at=at) for attempt in expired)


def attempt_after_grading(*, attempt: Attempt) -> CompletionVerdict | None:
    """Once an attempt is graded (at submit, or later by a trainer's grading or a
    regrade), a post-test or practical task re-evaluates the enrolment's completion
    rule (never final: the cohort may still be running). Returns the verdict, or
    None when the attempt cannot change completion."""
    if attempt.status != Attempt.Status.GRADED:
        return None
    if attempt.assessment.kind not in COMPLETION_KINDS:
        return None
    return enrolment_evaluate(enrolment=attempt.enrolment, final=False)
