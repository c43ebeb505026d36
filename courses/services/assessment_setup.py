"""Setting up a cohort's assessments: their rules and their items (fixed questions
from the course's bank, or N questions drawn at random from a category).

Once any learner has started an attempt, what attempts are made of is locked: the
items, the kind (pre-test, post-test... decides what the attempt counts for) and the
shuffling. Everything that does not change what a learner was given stays
editable: title, instructions, opening and closing times, time limit (new attempts
only: a started attempt keeps its deadline), attempts allowed, which attempt counts,
pass mark, one question per page, feedback timing, remedial rule and rubric.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from courses.exceptions import (
    AssessmentItemsLocked,
    DrawTooLarge,
    QuestionNotInBank,
)
from courses.models import (
    Assessment,
    AssessmentItem,
    Attempt,
    Cohort,
    Question,
    QuestionCategory,
)

RULE_FIELDS = (
    "kind",
    "title",
    "instructions",
    "opens_at",
    "closes_at",
    "time_limit_minutes",
    "attempts_allowed",
    "grading",
    "pass_mark",
    "shuffle_questions",
    "shuffle_options",
    "one_question_per_page",
    "feedback_timing",
    "retake_only_if_failed",
    "rubric",
)
LOCKED_ONCE_STARTED = ("kind", "shuffle_questions", "shuffle_options")


def assessment_is_locked(*, assessment: Assessment) -> bool:
    """True once an attempt with questions exists: the items can no longer change.
    An attempt given no question at all (started before empty assessments were
    refused) took nothing that a change could alter, so it does not lock."""
    return Attempt.objects.filter(assessment=assessment, answers__isnull=False).exists()


def _apply(assessment: Assessment, values: dict[str, object]) -> None:
    unknown = set(values) - set(RULE_FIELDS)
    if unknown:
        raise ValueError(f"Not a rule of an assessment: {sorted(unknown)}")
    for name, value in values.items():
        setattr(assessment, name, value)
    assessment.full_clean(exclude=["cohort"])


@transaction.atomic
def assessment_create(*, cohort: Cohort, values: dict[str, object]) -> Assessment:
    """A new assessment of the cohort, without items. ``values`` holds rule fields
    (see RULE_FIELDS); model validation errors raise ValidationError."""
    assessment = Assessment(cohort=cohort)
    _apply(assessment, values)
    assessment.save()
    return assessment


@transaction.atomic
def assessment_update(
    *, assessment: Assessment, values: dict[str, object]
) -> Assessment:
    """Change an assessment's rules. Kind and shuffling are refused once an
    attempt has started (AssessmentItemsLocked); the other rules stay editable."""
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    changed = [
        name
        for name in LOCKED_ONCE_STARTED
        if name in values and values[name] != getattr(assessment, name)
    ]
    if changed and assessment_is_locked(assessment=assessment):
        raise AssessmentItemsLocked(assessment.pk)
    _apply(assessment, values)
    assessment.save()
    return assessment


def _locked_for_items(assessment: Assessment) -> Assessment:
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if assessment_is_locked(assessment=assessment):
        raise AssessmentItemsLocked(assessment.pk)
    return assessment


def _check_draws(assessment: Assessment) -> None:
    """Every category drawn from still has enough active questions once the fixed
    questions of the assessment taken from it are set aside."""
    items = list(assessment.items.select_related("question"))
    fixed = {item.question_id for item in items if item.question_id}
    wanted: dict[int, int] = {}
    for item in items:
        if item.category_id:
            wanted[item.category_id] = wanted.get(item.category_id, 0) + item.draw_count
    for category_id, count in wanted.items():
        available = (
            Question.objects.filter(category_id=category_id, is_archived=False)
            .exclude(pk__in=fixed)
            .count()
        )
        if count > available:
            raise DrawTooLarge(category_id)


def _next_position(assessment: Assessment) -> int:
    return (assessment.items.aggregate(p=Max("position"))["p"] or 0) + 1


@transaction.atomic
def assessment_item_add_questions(
    *, assessment: Assessment, questions: list[Question]
) -> list[AssessmentItem]:
    """Add fixed questions at the end, in the order given; questions already in
    the assessment are skipped. Each must be an active question of the cohort's
    course bank."""
    assessment = _locked_for_items(assessment)
    course_id = assessment.cohort.course_id
    present = set(
        assessment.items.filter(question__isnull=False).values_list(
            "question_id", flat=True
        )
    )
    position = _next_position(assessment)
    items = []
    for question in questions:
        if question.course_id != course_id or question.is_archived:
            raise QuestionNotInBank(question.pk)
        if question.pk in present:
            continue
        present.add(question.pk)
        items.append(
            AssessmentItem(assessment=assessment, position=position, question=question)
        )
        position += 1
    AssessmentItem.objects.bulk_create(items)
    _check_draws(assessment)
    return items


@transaction.atomic
def assessment_item_add_draw(
    *, assessment: Assessment, category: QuestionCategory, count: int
) -> AssessmentItem:
    """Add "``count`` questions drawn at random from ``category``" at the end.
    Refused (DrawTooLarge) when the category has fewer active questions than all
    the draws from it ask for."""
    assessment = _locked_for_items(assessment)
    if category.course_id != assessment.cohort.course_id:
        raise QuestionNotInBank(category.pk)
    if count < 1:
        raise ValidationError({"draw_count": "at least 1"})
    item = AssessmentItem.objects.create(
        assessment=assessment,
        position=_next_position(assessment),
        category=category,
        draw_count=count,
    )
    _check_draws(assessment)
    return item


def _renumber(assessment: Assessment) -> None:
    items = list(assessment.items.all())
    for position, item in enumerate(items, start=1):
        item.position = position
    AssessmentItem.objects.bulk_update(items, ["position"])


@transaction.atomic
def assessment_item_remove(*, item: AssessmentItem) -> None:
    assessment = _locked_for_items(item.assessment)
    item.delete()
    _renumber(assessment)


@transaction.atomic
def assessment_item_move(*, item: AssessmentItem, offset: int) -> None:
    """Move an item up (offset -1) or down (+1) by swapping with its neighbour."""
    assessment = _locked_for_items(item.assessment)
    items = list(assessment.items.all())
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index + offset
    if not 0 <= target < len(items):
        return
    items[index], items[target] = items[target], items[index]
    for position, other in enumerate(items, start=1):
        other.position = position
    AssessmentItem.objects.bulk_update(items, ["position"])
