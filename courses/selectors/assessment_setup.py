"""Reads for setting up a cohort's assessments: the list with counts, and one
assessment's items with the questions and points an attempt will hold."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, F, Q, QuerySet

from courses.models import (
    Assessment,
    AssessmentItem,
    Cohort,
    Question,
    QuestionCategory,
)
from courses.selectors.question_bank import latest_versions_for
from courses.services.assessment_setup import assessment_is_locked


def assessment_list_for_cohort(*, cohort: Cohort) -> QuerySet[Assessment]:
    """The cohort's assessments with ``item_count`` and ``attempt_count``."""
    return (
        Assessment.objects.filter(cohort=cohort)
        .annotate(
            item_count=Count("items", distinct=True),
            attempt_count=Count("attempts", distinct=True),
        )
        .order_by("opens_at", "kind", "title")
    )


@dataclass(frozen=True)
class ItemLine:
    item: AssessmentItem
    question_count: int
    points_min: Decimal
    points_max: Decimal
    available: int | None  # active questions of a drawn category


@dataclass(frozen=True)
class AssessmentOutline:
    lines: list[ItemLine]
    question_count: int
    points_min: Decimal
    points_max: Decimal
    locked: bool

    @property
    def points_vary(self) -> bool:
        """Drawn questions of unequal points make the total differ per attempt."""
        return self.points_min != self.points_max


def assessment_outline_for(*, assessment: Assessment) -> AssessmentOutline:
    """Items in order with how many questions and points each gives an attempt.
    A draw from questions of unequal points gives a range. A bounded number of
    queries whatever the number of items."""
    items = list(assessment.items.select_related("question", "category"))
    category_ids = [item.category_id for item in items if item.category_id]
    pools: dict[int, list[int]] = {}
    for question_id, category_id in Question.objects.filter(
        category_id__in=category_ids, is_archived=False
    ).values_list("pk", "category_id"):
        pools.setdefault(category_id, []).append(question_id)
    fixed_ids = [item.question_id for item in items if item.question_id]
    pool_ids = [qid for ids in pools.values() for qid in ids]
    versions = latest_versions_for(question_ids=fixed_ids + pool_ids)
    lines = []
    for item in items:
        if item.question_id:
            version = versions.get(item.question_id)
            points = version.points if version else Decimal("0")
            lines.append(ItemLine(item, 1, points, points, None))
            continue
        pool = sorted(
            versions[qid].points
            for qid in pools.get(item.category_id, [])
            if qid in versions and qid not in fixed_ids
        )
        count = min(item.draw_count, len(pool))
        lines.append(
            ItemLine(
                item,
                count,
                sum(pool[:count], Decimal("0")),
                sum(pool[len(pool) - count :], Decimal("0")) if count else Decimal("0"),
                len(pool),
            )
        )
    return AssessmentOutline(
        lines=lines,
        question_count=sum(line.question_count for line in lines),
        points_min=sum((line.points_min for line in lines), Decimal("0")),
        points_max=sum((line.points_max for line in lines), Decimal("0")),
        locked=assessment_is_locked(assessment=assessment),
    )


def bank_questions_for_assessment(*, assessment: Assessment) -> QuerySet[Question]:
    """Active questions of the cohort's course bank not yet fixed in the assessment."""
    fixed = assessment.items.filter(question__isnull=False).values("question_id")
    return (
        Question.objects.filter(
            course_id=assessment.cohort.course_id, is_archived=False
        )
        .exclude(pk__in=fixed)
        .select_related("category")
        .order_by(F("category__name").asc(nulls_first=True), "name", "pk")
    )


def categories_for_draws(*, assessment: Assessment) -> QuerySet[QuestionCategory]:
    """The course's categories with their count of active questions."""
    return QuestionCategory.objects.filter(
        course_id=assessment.cohort.course_id
    ).annotate(active_count=Count("questions", filter=Q(questions__is_archived=False)))
