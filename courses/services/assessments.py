"""Taking assessments: start an attempt (draw, shuffle, fix the deadline), save
answers as the learner goes, submit once and score.

The server is the clock: the deadline is set at start and answers arriving after it
are refused; submitting late closes and scores what was saved in time.
"""

import random
import secrets
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from courses.exceptions import (
    AssessmentClosed,
    AttemptAlreadySubmitted,
    DeadlinePassed,
    NoAttemptsLeft,
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
    their category. The same seed always gives the same draw."""
    rng = random.Random(seed)
    chosen: list[int] = []
    for item in items:
        if item.question_id:
            chosen.append(item.question_id)
            continue
        pool = sorted(
            Question.objects.filter(category_id=item.category_id, is_archived=False)
            .exclude(pk__in=chosen)
            .values_list("pk", flat=True)
        )
        chosen.extend(rng.sample(pool, min(item.draw_count, len(pool))))
    return chosen


@transaction.atomic
def attempt_start(
    *, assessment: Assessment, enrolment: Enrolment, at: datetime | None = None
) -> Attempt:
    """Start the learner's next attempt, or return the one still in progress."""
    at = at or timezone.now()
    if (assessment.opens_at and at < assessment.opens_at) or (
        assessment.closes_at and at >= assessment.closes_at
    ):
        raise AssessmentClosed(assessment.pk)
    attempts = Attempt.objects.select_for_update().filter(
        assessment=assessment, enrolment=enrolment
    )
    running = attempts.filter(status=Attempt.Status.IN_PROGRESS).first()
    if running is not None:
        return running
    taken = attempts.count()
    if taken >= assessment.attempts_allowed:
        raise NoAttemptsLeft(assessment.pk)
    seed = secrets.randbits(62)
    question_ids = draw_questions(items=list(assessment.items.all()), seed=seed)
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
    if attempt.deadline and at > attempt.deadline:
        raise DeadlinePassed(attempt.pk)


@transaction.atomic
def answers_save(
    *, attempt: Attempt, responses: dict[int, object], at: datetime | None = None
) -> int:
    """Autosave: store responses by position. Refused after the deadline or once
    submitted; returns how many answers were saved."""
    at = at or timezone.now()
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    _refuse_if_closed(attempt, at)
    answers = list(attempt.answers.filter(position__in=responses))
    for answer in answers:
        answer.response = responses[answer.position]
        answer.saved_at = at
    Answer.objects.bulk_update(answers, ["response", "saved_at"])
    return len(answers)


@transaction.atomic
def attempt_submit(
    *,
    attempt: Attempt,
    responses: dict[int, object] | None = None,
    at: datetime | None = None,
) -> Attempt:
    """Submit once and score. Late responses are dropped (what was saved in time is
    scored); a second submit raises AttemptAlreadySubmitted. Essays leave the attempt
    waiting for a grader. A bounded number of queries whatever the question count."""
    at = at or timezone.now()
    attempt = (
        Attempt.objects.select_for_update()
        .select_related("assessment")
        .get(pk=attempt.pk)
    )
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise AttemptAlreadySubmitted(attempt.pk)
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
    return attempt
