"""Results for trainers and monitoring: the percent of an enrolment's counted
pre-test and post-test attempt as database annotations, and the learning gain.

Normalised gain (Hake 1998): for one learner ``g = (post% - pre%) / (100 - pre%)``,
undefined when the pre-test was already 100%. For a cohort, the class-average gain
``<g> = (mean post - mean pre) / (100 - mean pre)`` over the learners who have both
scores, reported together with the mean of the individual gains.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import (
    Avg,
    Case,
    Count,
    DecimalField,
    Expression,
    F,
    Func,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)

from courses.models import Assessment, Attempt, Cohort, Enrolment

PERCENT_FIELD = DecimalField(max_digits=7, decimal_places=2)
GAIN_PLACES = Decimal("0.0001")
HUNDRED = Decimal("100")

# Enrolments that took part in a cohort (their results are reported).
PARTICIPANT_STATUSES = (
    Enrolment.Status.ACTIVE,
    Enrolment.Status.COMPLETED,
    Enrolment.Status.NOT_COMPLETED,
)


class AttemptPercent(Func):
    """``ROUND(100 * score / max_score, 2)`` of an attempt row, computed in the
    database. The literal ``100.0`` keeps SQLite from dividing integers; PostgreSQL
    reads it as numeric, so the result stays exact there."""

    template = "ROUND(100.0 * %(expressions)s, 2)"
    arg_joiner = " / "
    output_field = PERCENT_FIELD

    def __init__(self, score: str = "score", max_score: str = "max_score") -> None:
        super().__init__(F(score), F(max_score))


def counted_attempt_order() -> list[Expression]:
    """Ordering of a query of one enrolment's graded attempts of one assessment
    that puts the counted attempt first: the best percent (first such attempt)
    when the assessment counts the best, the highest number when it counts the
    last. The query must be annotated with ``percent`` (AttemptPercent)."""
    best_percent = Case(
        When(assessment__grading=Assessment.Grading.BEST, then=F("percent")),
        default=Value(None),
        output_field=PERCENT_FIELD,
    )
    return [
        best_percent.desc(nulls_last=True),
        Case(
            When(assessment__grading=Assessment.Grading.LAST, then=F("number")),
            default=-F("number"),
        ).desc(),
    ]


def _counted_percent(kind: str) -> Subquery:
    first_of_kind = (
        Assessment.objects.filter(cohort_id=OuterRef(OuterRef("cohort_id")), kind=kind)
        .order_by("pk")
        .values("pk")[:1]
    )
    counted = (
        Attempt.objects.filter(
            enrolment_id=OuterRef("pk"),
            assessment_id=Subquery(first_of_kind),
            status=Attempt.Status.GRADED,
            max_score__gt=0,
        )
        .annotate(percent=AttemptPercent())
        .order_by(*counted_attempt_order())
        .values("percent")[:1]
    )
    return Subquery(counted, output_field=PERCENT_FIELD)


def enrolment_test_percent_annotations() -> dict[str, Expression]:
    """Annotations for an Enrolment queryset: ``pre_percent`` and ``post_percent``,
    the percent (0..100, Decimal) of the counted graded attempt of the cohort's
    pre-test and post-test (the first by pk if there are several), NULL when there
    is none. Use: ``Enrolment.objects.annotate(**enrolment_test_percent_annotations())``.
    """
    return {
        "pre_percent": _counted_percent(Assessment.Kind.PRE_TEST),
        "post_percent": _counted_percent(Assessment.Kind.POST_TEST),
    }


def normalised_gain(pre: Decimal | None, post: Decimal | None) -> Decimal | None:
    """Hake's normalised gain of one learner, ``(post - pre) / (100 - pre)``; None
    when a score is missing or the pre-test was already 100%."""
    if pre is None or post is None or Decimal(pre) >= HUNDRED:
        return None
    pre, post = Decimal(pre), Decimal(post)
    return ((post - pre) / (HUNDRED - pre)).quantize(GAIN_PLACES)


@dataclass(frozen=True)
class CohortGain:
    learners_with_both: int
    mean_pre: Decimal | None
    mean_post: Decimal | None
    class_gain: Decimal | None  # Hake's <g> from the class means
    mean_individual_gain: Decimal | None  # over learners whose pre-test was < 100%
    learners_with_gain: int  # how many individual gains that mean is over


def _decimal(value: object, places: str = "0.01") -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal(places))


def cohort_gain_for(*, cohort: Cohort) -> CohortGain:
    """The cohort's learning gain over its participants who have both a counted
    pre-test and post-test: means, class-average gain and mean individual gain,
    aggregated in the database (one query)."""
    # Literals, not parameters: SQLite must divide as reals, PostgreSQL as numeric.
    rise = Func(
        F("post_percent"),
        F("pre_percent"),
        template="(1.0 * (%(expressions)s))",
        arg_joiner=" - ",
    )
    room = Func(F("pre_percent"), template="(100.0 - %(expressions)s)")
    gain = Case(
        When(
            pre_percent__lt=HUNDRED,
            then=Func(rise, room, template="%(expressions)s", arg_joiner=" / "),
        ),
        default=Value(None),
        output_field=DecimalField(max_digits=12, decimal_places=6),
    )
    figures = (
        Enrolment.objects.filter(cohort=cohort, status__in=PARTICIPANT_STATUSES)
        .annotate(**enrolment_test_percent_annotations())
        .filter(pre_percent__isnull=False, post_percent__isnull=False)
        .annotate(gain=gain)
        .aggregate(
            n=Count("pk"),
            mean_pre=Avg("pre_percent"),
            mean_post=Avg("post_percent"),
            mean_gain=Avg("gain"),
            n_gain=Count("pk", filter=Q(pre_percent__lt=HUNDRED)),
        )
    )
    mean_pre, mean_post = figures["mean_pre"], figures["mean_post"]
    class_gain = None
    if mean_pre is not None and mean_post is not None:
        class_gain = normalised_gain(Decimal(str(mean_pre)), Decimal(str(mean_post)))
    return CohortGain(
        learners_with_both=figures["n"],
        mean_pre=_decimal(mean_pre),
        mean_post=_decimal(mean_post),
        class_gain=class_gain,
        mean_individual_gain=_decimal(figures["mean_gain"], "0.0001"),
        learners_with_gain=figures["n_gain"],
    )
