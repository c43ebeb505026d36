"""Grading by trainers and regrading when a question's key is fixed.

A trainer grades essays and practical tasks one answer at a time; when every answer
of an attempt has points, the attempt is graded with its score. A grade may be
changed later (the attempt's score follows). When a question's key was wrong, a
regrade rescores the automatically scored answers that used an older version with
the fixed key (reading each response against the fixed version by the options'
texts; it refuses rather than guesses when an option chosen is gone), and records the before/after of every attempt in a RegradeEvent.
Either way a graded attempt whose score is set or changes goes through
``attempt_after_grading`` (a learner may now complete the course).
"""

from collections import defaultdict
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from courses.exceptions import (
    AnswerNotGradable,
    PointsOutOfRange,
    RegradeAnswersUnmappable,
    RegradeNotPossible,
)
from courses.models import (
    Answer,
    Attempt,
    Question,
    QuestionVersion,
    RegradeEvent,
    User,
)
from courses.selectors.grading import MANUAL_KINDS, SCORED_STATUSES, regrade_plan_for
from courses.services.assessments import attempt_after_grading


@transaction.atomic
def answer_grade(*, answer: Answer, points: Decimal, comment: str, by: User) -> Answer:
    """Give an essay or practical-task answer its points (0..the version's points)
    and a comment. When no answer of the attempt is left without points, the
    attempt becomes graded with the sum; a changed grade of a graded attempt
    updates its score. Either then runs ``attempt_after_grading``."""
    attempt = Attempt.objects.select_for_update().get(pk=answer.attempt_id)
    answer = Answer.objects.select_related("question_version__question").get(
        pk=answer.pk
    )
    version = answer.question_version
    if (
        attempt.status not in SCORED_STATUSES
        or version.question.kind not in MANUAL_KINDS
    ):
        raise AnswerNotGradable(answer.pk)
    points = Decimal(points)
    if not points.is_finite() or points < 0 or points > version.points:
        raise PointsOutOfRange(answer.pk)
    answer.points = points.quantize(Decimal("0.01"))
    answer.grader_comment = comment.strip()
    answer.graded_by = by
    answer.graded_at = timezone.now()
    answer.save(update_fields=["points", "grader_comment", "graded_by", "graded_at"])

    pending = attempt.answers.filter(points__isnull=True).exists()
    if pending:
        return answer
    score = attempt.answers.aggregate(score=Sum("points"))["score"] or Decimal("0")
    changed = attempt.status != Attempt.Status.GRADED or attempt.score != score
    attempt.score = score
    attempt.status = Attempt.Status.GRADED
    attempt.save(update_fields=["score", "status"])
    if changed:
        attempt_after_grading(attempt=attempt)
    return answer


@transaction.atomic
def question_regrade(
    *, question: Question, to_version: QuestionVersion, reason: str, by: User
) -> list[RegradeEvent]:
    """Rescore with ``to_version``'s key every answer of a submitted or graded
    attempt that used an older version of ``question``. Each answer keeps the
    version the learner saw (and its points); its response is read against the
    fixed version by the options' texts, and only its points are recomputed. The
    regrade stamps every rescored answer (``graded_by``, ``graded_at`` = the
    event's time) so the learner's result shows right and wrong by the fixed key.

    All or nothing: when an answer chose an option the fixed version no longer
    has, or has twice, nothing changes (RegradeAnswersUnmappable; the preview
    lists those answers). Attempt scores follow; one RegradeEvent per older
    version answered records each changed attempt's score before and after (an
    event is written even when nothing changes, so the check itself is on
    record). Graded attempts whose score changed go through
    ``attempt_after_grading``. A bounded number of queries whatever the number of
    attempts."""
    reason = reason.strip()
    if (
        to_version.question_id != question.pk
        or question.kind in MANUAL_KINDS
        or to_version.number <= 1
        or not reason
    ):
        raise RegradeNotPossible(question.pk)
    plan = regrade_plan_for(question=question, to_version=to_version)
    if not plan.can_apply:
        raise RegradeAnswersUnmappable(question.pk)
    now = timezone.now()
    for answer in plan.rescored:
        answer.graded_by = by
        answer.graded_at = now
    Answer.objects.bulk_update(plan.rescored, ["points", "graded_by", "graded_at"])
    attempt_ids = [change.attempt_id for change in plan.changes]
    attempts = {
        a.pk: a
        for a in Attempt.objects.select_for_update()
        .select_related("assessment", "enrolment")
        .filter(pk__in=attempt_ids)
    }
    for change in plan.changes:
        # Apply the difference to the locked row (a grade may have landed since).
        attempt = attempts[change.attempt_id]
        delta = change.after - change.before
        change.before = attempt.score or Decimal("0")
        change.after = change.before + delta
        attempt.score = change.after
    Attempt.objects.bulk_update(list(attempts.values()), ["score"])

    by_version: dict[int, list[dict]] = defaultdict(list)
    version_of_attempt = {a.attempt_id: a.question_version_id for a in plan.answers}
    for change in plan.changes:
        by_version[version_of_attempt[change.attempt_id]].append(
            {
                "attempt": change.attempt_id,
                "before": str(change.before),
                "after": str(change.after),
            }
        )
    from_versions = plan.from_versions or {
        v.pk: v for v in question.versions.filter(number=to_version.number - 1)
    }
    events = RegradeEvent.objects.bulk_create(
        RegradeEvent(
            question=question,
            from_version=version,
            to_version=to_version,
            reason=reason,
            changes=by_version.get(version.pk, []),
            attempts_affected=len(by_version.get(version.pk, [])),
            regraded_by=by,
            regraded_at=now,
        )
        for version in sorted(from_versions.values(), key=lambda v: v.number)
    )
    for attempt in attempts.values():
        if attempt.status == Attempt.Status.GRADED:
            attempt_after_grading(attempt=attempt)
    return events
