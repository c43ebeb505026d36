"""Results for trainers and monitoring: the percent of an enrolment's counted
pre-test and post-test attempt as database annotations, and the learning gain.

Normalised gain (Hake 1998): for one learner ``g = (post% - pre%) / (100 - pre%)``,
undefined when the pre-test was already 100%. For a cohort, the class-average gain
``<g> = (mean post - mean pre) / (100 - mean pre)`` over the learners who have both
scores, reported together with the mean of the individual gains.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import (
    Avg,
    Case,
    Count,
    DecimalField,
    Exists,
    Expression,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext as _

from courses.models import (
    Answer,
    Assessment,
    Attempt,
    Cohort,
    Enrolment,
    Question,
    QuestionVersion,
)
from courses.scoring import response_in_version

PERCENT_FIELD = DecimalField(max_digits=7, decimal_places=2)
GAIN_PLACES = Decimal("0.0001")
HUNDRED = Decimal("100")

# Enrolments whose results are reported: those holding a seat (who may be assessed).
PARTICIPANT_STATUSES = Enrolment.SEAT_STATUSES


class AttemptPercent(Func):
    """``ROUND(100 * score / max_score, 2)`` of an attempt row, computed in the
    database. The literal ``100.0`` keeps SQLite from dividing integers; PostgreSQL
    reads it as numeric, so the result stays exact there. A zero maximum gives NULL."""

    template = "ROUND(100.0 * %(expressions)s, 2)"
    arg_joiner = " / "
    output_field = PERCENT_FIELD

    def __init__(self, score: str = "score", max_score: str = "max_score") -> None:
        super().__init__(F(score), NullIf(F(max_score), Value(0)))


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


def _graded_attempts_of(assessment_id: object) -> QuerySet[Attempt]:
    """Graded attempts of the outer enrolment for one assessment, the counted
    one first."""
    return (
        Attempt.objects.filter(
            enrolment_id=OuterRef("pk"),
            assessment_id=assessment_id,
            status=Attempt.Status.GRADED,
            max_score__gt=0,
        )
        .annotate(percent=AttemptPercent())
        .order_by(*counted_attempt_order())
    )


def _counted_percent(kind: str) -> Subquery:
    first_of_kind = (
        Assessment.objects.filter(cohort_id=OuterRef(OuterRef("cohort_id")), kind=kind)
        .order_by("pk")
        .values("pk")[:1]
    )
    counted = _graded_attempts_of(Subquery(first_of_kind)).values("percent")[:1]
    return Subquery(counted, output_field=PERCENT_FIELD)


def enrolment_test_percent_annotations() -> dict[str, Expression]:
    """Annotations for an Enrolment queryset: ``pre_percent`` and ``post_percent``,
    the percent (0..100, Decimal) of the counted graded attempt of the cohort's
    pre-test and post-test (the first by pk if there are several), NULL when there
    is none. Use: ``Enrolment.objects.annotate(**enrolment_test_percent_annotations())``.
    Rounded to two decimals in the database; on SQLite the Decimal comes back with
    trailing zeros (``Decimal("41.6700000000000")``, equal to ``41.67``), so
    quantize before writing it out as text.
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
    # SQLite hands back computed decimals with 15 significant digits.
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


# --- Gradebook -------------------------------------------------------------------

KIND_ORDER = {
    Assessment.Kind.PRE_TEST: 0,
    Assessment.Kind.QUIZ: 1,
    Assessment.Kind.PRACTICAL_TASK: 2,
    Assessment.Kind.POST_TEST: 3,
}


@dataclass(frozen=True)
class GradebookCell:
    percent: Decimal | None  # of the counted graded attempt
    passed: bool | None  # None: no graded attempt yet, or a pre-test (not judged)
    attempts_used: int
    waiting: bool  # an attempt is waiting for a grader


@dataclass(frozen=True)
class GradebookRow:
    enrolment: Enrolment
    learner_name: str
    institution: str
    cells: list[GradebookCell]
    pre_percent: Decimal | None
    post_percent: Decimal | None

    @property
    def gain(self) -> Decimal | None:
        return normalised_gain(self.pre_percent, self.post_percent)


@dataclass(frozen=True)
class Gradebook:
    cohort: Cohort
    assessments: list[Assessment]
    rows: list[GradebookRow]
    gain: CohortGain


def assessment_list_for_results(*, cohort: Cohort) -> list[Assessment]:
    """The cohort's assessments in teaching order: pre-test, quizzes, practical
    tasks, post-test (then by opening time)."""
    assessments = list(cohort.assessments.all())
    assessments.sort(
        key=lambda a: (KIND_ORDER[a.kind], a.opens_at is None, a.opens_at, a.pk)
    )
    return assessments


def gradebook_for(*, cohort: Cohort) -> Gradebook:
    """Learners × assessments of a cohort: the counted attempt's percent, pass,
    attempts used and any attempt waiting for a grader, with pre/post-test and
    learning gain. Everything is computed in the database in three queries
    (assessments, annotated enrolments, cohort gain) whatever the number of
    learners or assessments."""
    assessments = assessment_list_for_results(cohort=cohort)
    annotations: dict[str, Expression] = dict(enrolment_test_percent_annotations())
    for assessment in assessments:
        key = f"a{assessment.pk}"
        annotations[f"{key}_percent"] = Subquery(
            _graded_attempts_of(assessment.pk).values("percent")[:1],
            output_field=PERCENT_FIELD,
        )
        attempts = Attempt.objects.filter(
            enrolment_id=OuterRef("pk"), assessment_id=assessment.pk
        )
        annotations[f"{key}_used"] = Coalesce(
            Subquery(
                attempts.order_by()
                .values("enrolment_id")
                .annotate(n=Count("pk"))
                .values("n"),
                output_field=IntegerField(),
            ),
            Value(0),
        )
        annotations[f"{key}_waiting"] = Exists(
            attempts.filter(status=Attempt.Status.SUBMITTED)
        )
    enrolments = (
        Enrolment.objects.filter(cohort=cohort, status__in=PARTICIPANT_STATUSES)
        .select_related("learner__profile__institution")
        .annotate(**annotations)
        .order_by("learner__profile__full_name", "pk")
    )
    rows = []
    for enrolment in enrolments:
        cells = []
        for assessment in assessments:
            key = f"a{assessment.pk}"
            percent = _decimal(getattr(enrolment, f"{key}_percent"))
            cells.append(
                GradebookCell(
                    percent=percent,
                    passed=None
                    if percent is None or assessment.kind == Assessment.Kind.PRE_TEST
                    else percent >= assessment.pass_mark,
                    attempts_used=getattr(enrolment, f"{key}_used"),
                    waiting=getattr(enrolment, f"{key}_waiting"),
                )
            )
        profile = getattr(enrolment.learner, "profile", None)
        rows.append(
            GradebookRow(
                enrolment=enrolment,
                learner_name=(profile.full_name if profile else "")
                or enrolment.learner.get_username(),
                institution=str(profile.institution) if profile else "",
                cells=cells,
                pre_percent=_decimal(enrolment.pre_percent),
                post_percent=_decimal(enrolment.post_percent),
            )
        )
    return Gradebook(
        cohort=cohort,
        assessments=assessments,
        rows=rows,
        gain=cohort_gain_for(cohort=cohort),
    )


# --- Item analysis -----------------------------------------------------------------

HARD_BELOW = Decimal("0.2")
EASY_ABOVE = Decimal("0.9")
DISCRIMINATION_BELOW = Decimal("0.2")
CHOICE_KINDS = ("single", "multiple", "true_false")


@dataclass
class OptionCount:
    label: str
    text: str
    count: int
    is_correct: bool


@dataclass
class ItemStats:
    """One question of an assessment across the learners' counted attempts.

    ``difficulty`` is the index p: the mean share of the question's points earned
    (unanswered counts as 0). ``discrimination`` is the corrected point-biserial
    correlation: Pearson's r between the share earned on this item and the
    attempt's score without this item (None when either does not vary)."""

    question: Question
    text: str
    points: Decimal
    attempts: int
    answered: int
    difficulty: Decimal | None
    discrimination: Decimal | None
    options: list[OptionCount] = field(default_factory=list)

    @property
    def is_hard(self) -> bool:
        return self.difficulty is not None and self.difficulty < HARD_BELOW

    @property
    def is_easy(self) -> bool:
        return self.difficulty is not None and self.difficulty > EASY_ABOVE

    @property
    def discriminates_poorly(self) -> bool:
        return (
            self.discrimination is not None
            and self.discrimination < DISCRIMINATION_BELOW
        )

    @property
    def flagged(self) -> bool:
        return self.is_hard or self.is_easy or self.discriminates_poorly


@dataclass
class ItemAnalysis:
    assessment: Assessment
    attempts: int  # counted graded attempts analysed (one per learner)
    items: list[ItemStats]


def counted_attempts_for(*, assessment: Assessment) -> QuerySet[Attempt]:
    """The counted graded attempt of every learner holding a seat (one each)."""
    counted_pk = (
        Attempt.objects.filter(
            assessment_id=assessment.pk,
            enrolment_id=OuterRef("enrolment_id"),
            status=Attempt.Status.GRADED,
            max_score__gt=0,
        )
        .annotate(percent=AttemptPercent())
        .order_by(*counted_attempt_order())
        .values("pk")[:1]
    )
    return Attempt.objects.filter(
        assessment=assessment,
        status=Attempt.Status.GRADED,
        enrolment__status__in=PARTICIPANT_STATUSES,
        pk=Subquery(counted_pk),
    )


def _answered(response: object) -> bool:
    if response is None or response in ("", [], {}):
        return False
    if isinstance(response, dict):
        return any(str(v).strip() for v in response.values())
    return True


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 3:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / (sxx * syy) ** 0.5


def _options(question: Question, data: dict, responses: list[object]) -> list:
    if question.kind == "true_false":
        right = bool(data.get("answer"))
        return [
            OptionCount(
                label=label,
                text=text,
                count=sum(1 for r in responses if r is value),
                is_correct=value == right,
            )
            for value, label, text in ((True, "B", _("True")), (False, "S", _("False")))
        ]
    options = data.get("options", [])
    counts = [0] * len(options)
    for response in responses:
        chosen = response if isinstance(response, list) else [response]
        for index in chosen:
            if isinstance(index, int) and not isinstance(index, bool):
                if 0 <= index < len(options):
                    counts[index] += 1
    return [
        OptionCount(
            label=chr(65 + index) if index < 26 else str(index + 1),
            text=str(option.get("text", "")),
            count=counts[index],
            is_correct=Decimal(str(option.get("fraction", 0))) > 0,
        )
        for index, option in enumerate(options)
    ]


def _in_latest(
    version: QuestionVersion, latest: QuestionVersion, response: object
) -> object:
    """A response to an older version, as a choice among the latest version's
    options (found by their text); None when that choice is not there."""
    if version.pk == latest.pk:
        return response
    mapped = response_in_version(
        kind=latest.question.kind,
        from_data=version.data or {},
        to_data=latest.data or {},
        response=response,
    )
    return mapped.response if mapped.ok else None


def item_analysis_for(*, assessment: Assessment) -> ItemAnalysis:
    """Difficulty, discrimination and choice distribution of every question of an
    assessment, over the learners' counted graded attempts. Two queries: the
    answers of those attempts, and the question versions they used. The
    correlation needs each learner's pair of scores, so it is computed here."""
    rows = list(
        Answer.objects.filter(
            attempt__in=counted_attempts_for(assessment=assessment)
        ).values_list(
            "attempt_id",
            "question_version_id",
            "question_version__question_id",
            "question_version__points",
            "points",
            "response",
        )
    )
    versions = {
        v.pk: v
        for v in QuestionVersion.objects.filter(
            pk__in={row[1] for row in rows}
        ).select_related("question")
    }
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for attempt_id, _v, _q, _max, points, _r in rows:
        totals[attempt_id] += points or Decimal("0")
    by_question: dict[int, list[tuple]] = defaultdict(list)
    for row in rows:
        by_question[row[2]].append(row)
    items = []
    for answers in by_question.values():
        latest = max(
            (versions[row[1]] for row in answers), key=lambda version: version.number
        )
        shares, rests, responses = [], [], []
        answered = 0
        for attempt_id, version_id, _q, max_points, points, response in answers:
            points = points or Decimal("0")
            share = points / max_points if max_points else Decimal("0")
            shares.append(share)
            rests.append(float(totals[attempt_id] - points))
            responses.append(_in_latest(versions[version_id], latest, response))
            answered += _answered(response)
        r = _pearson([float(s) for s in shares], rests)
        items.append(
            ItemStats(
                question=latest.question,
                text=latest.text,
                points=latest.points,
                attempts=len(answers),
                answered=answered,
                difficulty=(sum(shares, Decimal("0")) / len(shares)).quantize(
                    Decimal("0.01")
                ),
                discrimination=None
                if r is None
                else Decimal(str(round(r, 2))).quantize(Decimal("0.01")),
                options=_options(latest.question, latest.data or {}, responses)
                if latest.question.kind in CHOICE_KINDS
                else [],
            )
        )
    positions = {
        item.question_id: index
        for index, item in enumerate(assessment.items.order_by("position", "pk"))
        if item.question_id
    }
    items.sort(
        key=lambda i: (positions.get(i.question.pk, len(positions)), i.question.name)
    )
    return ItemAnalysis(assessment=assessment, attempts=len(totals), items=items)
