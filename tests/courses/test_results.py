"""Results: counted pre/post percents as annotations, normalised learning gain."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import (
    Assessment,
    AssessmentItem,
    Attempt,
    Enrolment,
    QuestionVersion,
)
from courses.scoring import response_points
from courses.selectors.assessments import counted_attempt_for
from courses.selectors.results import (
    cohort_gain_for,
    enrolment_test_percent_annotations,
    gradebook_for,
    item_analysis_for,
    normalised_gain,
)
from courses.services.assessments import attempt_start, attempt_submit
from tests.factories_assessments import AssessmentFactory, QuestionFactory
from tests.factories_cohorts import CohortFactory, EnrolmentFactory, TrainerFactory

pytestmark = pytest.mark.django_db

D = Decimal


def attempt_row(assessment, enrolment, number, score, max_score=10, status=None):
    return Attempt.objects.create(
        assessment=assessment,
        enrolment=enrolment,
        number=number,
        seed=number,
        status=status or Attempt.Status.GRADED,
        score=D(str(score)) if score is not None else None,
        max_score=D(str(max_score)),
    )


def percents(cohort):
    return {
        e.pk: (e.pre_percent, e.post_percent)
        for e in Enrolment.objects.filter(cohort=cohort).annotate(
            **enrolment_test_percent_annotations()
        )
    }


def test_percent_annotations_follow_best_and_last_rules():
    cohort = CohortFactory()
    pre = AssessmentFactory(
        cohort=cohort, kind=Assessment.Kind.PRE_TEST, grading="best"
    )
    post = AssessmentFactory(
        cohort=cohort,
        kind=Assessment.Kind.POST_TEST,
        grading="last",
        attempts_allowed=3,
    )
    first, second, nobody = EnrolmentFactory.create_batch(3, cohort=cohort)
    attempt_row(pre, first, 1, 4)
    attempt_row(pre, first, 2, 7)  # best
    attempt_row(pre, first, 3, 5)
    attempt_row(post, first, 1, 9)
    attempt_row(post, first, 2, 6)  # last graded counts, though lower
    attempt_row(post, first, 3, None, status=Attempt.Status.IN_PROGRESS)
    attempt_row(pre, second, 1, 2, max_score=3)  # 66.67
    attempt_row(post, second, 1, 3, status=Attempt.Status.SUBMITTED)  # not graded

    result = percents(cohort)

    assert result[first.pk] == (D("70.00"), D("60.00"))
    assert result[second.pk] == (D("66.67"), None)
    assert result[nobody.pk] == (None, None)


def test_percent_annotations_use_the_first_assessment_of_a_kind():
    cohort = CohortFactory()
    first_pre = AssessmentFactory(cohort=cohort, kind=Assessment.Kind.PRE_TEST)
    later_pre = AssessmentFactory(cohort=cohort, kind=Assessment.Kind.PRE_TEST)
    other_cohort_post = AssessmentFactory(kind=Assessment.Kind.POST_TEST)
    enrolment = EnrolmentFactory(cohort=cohort)
    attempt_row(later_pre, enrolment, 1, 10)
    attempt_row(first_pre, enrolment, 1, 5)
    other = EnrolmentFactory(cohort=other_cohort_post.cohort, learner=enrolment.learner)
    attempt_row(other_cohort_post, other, 1, 8)

    assert percents(cohort)[enrolment.pk] == (D("50.00"), None)
    assert percents(other.cohort)[other.pk] == (None, D("80.00"))


@pytest.mark.parametrize(
    ("pre", "post", "gain"),
    [
        (D("40"), D("70"), D("0.5000")),
        (D("50"), D("40"), D("-0.2000")),
        (D("0"), D("100"), D("1.0000")),
        (D("66.67"), D("100"), D("1.0000")),
        (D("100"), D("100"), None),
        (D("100"), D("80"), None),
        (None, D("80"), None),
        (D("40"), None, None),
    ],
)
def test_normalised_gain(pre, post, gain):
    assert normalised_gain(pre, post) == gain


def test_cohort_gain_is_hake_class_average_and_mean_of_individual_gains():
    cohort = CohortFactory()
    pre = AssessmentFactory(cohort=cohort, kind=Assessment.Kind.PRE_TEST)
    post = AssessmentFactory(cohort=cohort, kind=Assessment.Kind.POST_TEST)
    scores = [(4, 7), (6, 8), (10, 9), (5, None), (None, 9)]
    for pre_score, post_score in scores:
        enrolment = EnrolmentFactory(cohort=cohort)
        if pre_score is not None:
            attempt_row(pre, enrolment, 1, pre_score)
        if post_score is not None:
            attempt_row(post, enrolment, 1, post_score)
    withdrawn = EnrolmentFactory(cohort=cohort, status=Enrolment.Status.WITHDRAWN)
    attempt_row(pre, withdrawn, 1, 0)
    attempt_row(post, withdrawn, 1, 10)

    gain = cohort_gain_for(cohort=cohort)

    # Learners with both: (40, 70), (60, 80), (100, 90).
    assert gain.learners_with_both == 3
    assert gain.mean_pre == D("66.67")
    assert gain.mean_post == D("80.00")
    # <g> = (80 - 66.667) / (100 - 66.667) = 0.4
    assert gain.class_gain == D("0.4000")
    # Individual gains 0.5 and 0.5; the learner with pre = 100 has none.
    assert gain.learners_with_gain == 2
    assert gain.mean_individual_gain == D("0.5000")


def test_cohort_gain_without_results_is_empty():
    gain = cohort_gain_for(cohort=CohortFactory())
    assert gain.learners_with_both == 0
    assert gain.mean_pre is None
    assert gain.class_gain is None
    assert gain.mean_individual_gain is None


# --- gradebook ---------------------------------------------------------------------


def answer_all(attempt, choices):
    """Submit ``choices`` (option index per position) through the services."""
    return attempt_submit(attempt=attempt, responses=dict(enumerate(choices, start=1)))


@pytest.fixture
def gradebook_cohort():
    """Pre-test (best), quiz (last, 3 attempts) and post-test of 4 questions each,
    option 0 always right; five learners with different histories."""
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer])
    pre = AssessmentFactory(cohort=cohort, kind="pre_test", questions=4)
    quiz = AssessmentFactory(
        cohort=cohort,
        kind="quiz",
        questions=4,
        grading="last",
        attempts_allowed=3,
        retake_only_if_failed=False,
    )
    post = AssessmentFactory(
        cohort=cohort, kind="post_test", questions=4, attempts_allowed=2
    )
    histories = [
        {pre: [[0, 1, 1, 1]], quiz: [[0, 0, 0, 0], [0, 1, 1, 1]], post: [[0, 0, 0, 1]]},
        {pre: [[0, 0, 1, 1]], post: [[0, 1, 1, 1], [0, 0, 0, 0]]},
        {pre: [[0, 0, 0, 0]], post: [[0, 0, 0, 0]]},
        {quiz: [[1, 1, 1, 1]]},
        {},
    ]
    for history in histories:
        enrolment = EnrolmentFactory(cohort=cohort)
        for assessment, attempts in history.items():
            for choices in attempts:
                answer_all(
                    attempt_start(assessment=assessment, enrolment=enrolment), choices
                )
    # One more attempt left running: counted as used, never as a score.
    attempt_start(assessment=quiz, enrolment=cohort.enrolments.last())
    return trainer, cohort


def test_gradebook_equals_an_independent_computation(gradebook_cohort):
    _, cohort = gradebook_cohort
    gradebook = gradebook_for(cohort=cohort)

    assert [a.kind for a in gradebook.assessments] == ["pre_test", "quiz", "post_test"]
    assert len(gradebook.rows) == 5
    for row in gradebook.rows:
        for assessment, cell in zip(gradebook.assessments, row.cells, strict=True):
            counted = counted_attempt_for(
                assessment=assessment, enrolment=row.enrolment
            )
            assert cell.percent == (counted.percent if counted else None)
            judged = counted is not None and assessment.kind != "pre_test"
            assert cell.passed == (counted.is_passed if judged else None)
            assert (
                cell.attempts_used
                == Attempt.objects.filter(
                    assessment=assessment, enrolment=row.enrolment
                ).count()
            )
        pre, quiz, post = row.cells
        assert (row.pre_percent, row.post_percent) == (pre.percent, post.percent)
        assert row.gain == normalised_gain(pre.percent, post.percent)
    # Spot checks by hand: best pre-test 25%, last quiz 25% (after 100%), post 75%.
    cells = {tuple(c.percent for c in row.cells): row for row in gradebook.rows}
    assert (D("25.00"), D("25.00"), D("75.00")) in cells
    assert (D("50.00"), None, D("100.00")) in cells  # best of 25% and 100%
    assert cells[(D("25.00"), D("25.00"), D("75.00"))].gain == D("0.6667")
    assert gradebook.gain.learners_with_both == 3


def test_gradebook_downloads_have_the_same_rows(client, gradebook_cohort):
    trainer, cohort = gradebook_cohort
    client.force_login(trainer)
    expected = {row.learner_name: row for row in gradebook_for(cohort=cohort).rows}

    response = client.get(reverse("courses:gradebook_export", args=[cohort.pk, "csv"]))
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))
    assert len(lines) == 1 + len(expected)
    assert len(lines[0]) == 3 + 3 * 3 + 3
    for line in lines[1:]:
        row = expected[line[0]]
        assert line[3] == (
            "" if row.cells[0].percent is None else str(row.cells[0].percent)
        )
        assert line[5] == str(row.cells[0].attempts_used)
        assert line[-1] == ("" if row.gain is None else str(row.gain))

    response = client.get(reverse("courses:gradebook_export", args=[cohort.pk, "xlsx"]))
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(
        io.BytesIO(b"".join(response.streaming_content))
    ).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + len(expected)
    for line in rows[1:]:
        row = expected[line[0]]
        post = row.cells[2].percent
        assert line[9] == (None if post is None else float(post))
        assert line[11] == row.cells[2].attempts_used

    page = client.get(reverse("courses:gradebook", args=[cohort.pk]))
    assert page.status_code == 200
    assert page.content.count(b"data-enrolment=") == len(expected)


def test_results_pages_are_for_the_cohorts_trainers(client, gradebook_cohort):
    _, cohort = gradebook_cohort
    urls = [
        reverse("courses:gradebook", args=[cohort.pk]),
        reverse("courses:gradebook_export", args=[cohort.pk, "csv"]),
        reverse("courses:item_analysis", args=[cohort.pk]),
    ]
    client.force_login(TrainerFactory())
    assert [client.get(url).status_code for url in urls] == [403, 403, 403]
    client.force_login(cohort.enrolments.first().learner)
    assert [client.get(url).status_code for url in urls] == [403, 403, 403]


def _gradebook_queries(learners: int) -> int:
    cohort = CohortFactory()
    assessments = [
        AssessmentFactory(cohort=cohort, kind=kind)
        for kind in ("pre_test", "quiz", "post_test")
    ]
    for _ in range(learners):
        enrolment = EnrolmentFactory(cohort=cohort)
        for number, assessment in enumerate(assessments, start=1):
            attempt_row(assessment, enrolment, 1, number * 2)
    with CaptureQueriesContext(connection) as queries:
        gradebook = gradebook_for(cohort=cohort)
        assert len(gradebook.rows) == learners
    return len(queries)


def test_gradebook_queries_do_not_grow_with_learners():
    assert _gradebook_queries(5) == _gradebook_queries(30) <= 4


# --- item analysis -----------------------------------------------------------------


def test_item_analysis_on_a_hand_computed_data_set():
    cohort = CohortFactory()
    assessment = AssessmentFactory(
        cohort=cohort, questions=3, attempts_allowed=2, retake_only_if_failed=False
    )
    # Option 0 is right. Rows: learners; columns: questions 1-3.
    for attempts in (
        [[0, 0, 0]],
        [[0, 0, 1]],
        [[1, 1, 1], [0, 1, 1]],  # the best (second) attempt counts
        [[2, 1, 0]],
    ):
        enrolment = EnrolmentFactory(cohort=cohort)
        for choices in attempts:
            answer_all(
                attempt_start(assessment=assessment, enrolment=enrolment), choices
            )
    attempt_start(assessment=assessment, enrolment=EnrolmentFactory(cohort=cohort))

    analysis = item_analysis_for(assessment=assessment)

    assert analysis.attempts == 4
    first, second, third = analysis.items
    assert [i.question.name for i in analysis.items] == ["Soal 1", "Soal 2", "Soal 3"]
    # Item 1: x = 1,1,1,0; rest = 2,1,0,1 -> p 0.75, r 0.
    assert (first.difficulty, first.discrimination) == (D("0.75"), D("0.00"))
    assert [o.count for o in first.options] == [3, 0, 1, 0]
    assert [o.is_correct for o in first.options] == [True, False, False, False]
    # Item 2: x = 1,1,0,0; rest = 2,1,1,1 -> r = 0.5 / sqrt(0.75) = 0.577.
    assert (second.difficulty, second.discrimination) == (D("0.50"), D("0.58"))
    # Item 3: x = 1,0,0,1; rest = 2,2,1,0 -> r = -0.5 / sqrt(2.75) = -0.302.
    assert (third.difficulty, third.discrimination) == (D("0.50"), D("-0.30"))
    assert [i.answered for i in analysis.items] == [4, 4, 4]
    assert [i.flagged for i in analysis.items] == [True, False, True]
    assert first.discriminates_poorly and not first.is_easy and not first.is_hard


def test_item_analysis_counts_older_answers_on_the_latest_options_by_text():
    cohort = CohortFactory()
    assessment = AssessmentFactory(cohort=cohort, questions=1)
    question = assessment.items.get().question
    for choice in (0, 1, 1):  # Pilihan A once, Pilihan B twice, on version 1
        attempt = attempt_start(
            assessment=assessment, enrolment=EnrolmentFactory(cohort=cohort)
        )
        answer_all(attempt, [choice])
    # Version 2 lists B first, then a new option, then A; C and D are gone.
    QuestionVersion.objects.create(
        question=question,
        number=2,
        text="Soal diperbaiki",
        data={
            "options": [
                {"text": "Pilihan B", "fraction": 1},
                {"text": "Pilihan E", "fraction": 0},
                {"text": "Pilihan A", "fraction": 0},
            ]
        },
    )
    attempt = attempt_start(
        assessment=assessment, enrolment=EnrolmentFactory(cohort=cohort)
    )
    answer_all(attempt, [1])  # Pilihan E, on version 2

    (item,) = item_analysis_for(assessment=assessment).items

    assert [(o.text, o.count) for o in item.options] == [
        ("Pilihan B", 2),
        ("Pilihan E", 1),
        ("Pilihan A", 1),
    ]


def test_item_analysis_flags_too_easy_and_too_hard_items():
    cohort = CohortFactory()
    assessment = AssessmentFactory(cohort=cohort, questions=2)
    for _ in range(3):
        attempt = attempt_start(
            assessment=assessment, enrolment=EnrolmentFactory(cohort=cohort)
        )
        answer_all(attempt, [0, 1])
    easy, hard = item_analysis_for(assessment=assessment).items
    assert (easy.difficulty, easy.is_easy, easy.discrimination) == (
        D("1.00"),
        True,
        None,
    )
    assert (hard.difficulty, hard.is_hard) == (D("0.00"), True)


def test_item_analysis_page_shows_every_item(client):
    trainer = TrainerFactory()
    cohort = CohortFactory(trainers=[trainer])
    assessment = AssessmentFactory(cohort=cohort, questions=3)
    answer_all(
        attempt_start(assessment=assessment, enrolment=EnrolmentFactory(cohort=cohort)),
        [0, 1, 0],
    )
    client.force_login(trainer)
    response = client.get(
        reverse("courses:item_analysis_for", args=[cohort.pk, assessment.pk])
    )
    assert response.status_code == 200
    assert response.content.count(b"data-question=") == 3
    assert response.content.count(b"data-regrade-link") == 3
    other = AssessmentFactory()
    assert (
        client.get(
            reverse("courses:item_analysis_for", args=[cohort.pk, other.pk])
        ).status_code
        == 404
    )


# --- demo attempts -------------------------------------------------------------------


def test_demo_responses_land_on_the_planned_side_of_the_pass_mark():
    """lms.demo.attempts answers from each question's key, whatever its kind."""
    import random

    from lms.demo.attempts import _plan_responses, _right

    cohort = CohortFactory()
    assessment = AssessmentFactory(cohort=cohort, pass_mark=D("70"))
    kinds = {
        "single": {
            "options": [{"text": "a", "fraction": 0}, {"text": "b", "fraction": 1}]
        },
        "multiple": {
            "options": [
                {"text": "a", "fraction": 0.5},
                {"text": "b", "fraction": -1},
                {"text": "c", "fraction": 0.5},
            ]
        },
        "true_false": {"answer": False},
        "short_answer": {"accepted": [{"text": "Arsip Vital", "fraction": 1}]},
        "numeric": {"answers": [{"value": 25, "tolerance": 0, "fraction": 1}]},
        "matching": {
            "pairs": [
                {"left": "JRA", "right": "retensi"},
                {"left": "SKKAAD", "right": "akses"},
            ]
        },
    }
    for position, (kind, data) in enumerate(kinds.items()):
        question = QuestionFactory(course=cohort.course, kind=kind, data=data)
        AssessmentItem.objects.create(
            assessment=assessment, position=position, question=question
        )
        assert response_points(
            kind=kind, data=data, points=D("1"), response=_right(kind, data)
        ) == D("1.00")
    for share, passes in ((0.9, True), (0.55, False), (0.7, True), (0.2, False)):
        attempt = attempt_start(
            assessment=assessment, enrolment=EnrolmentFactory(cohort=cohort)
        )
        responses, _ = _plan_responses(
            attempt, share, assessment.pass_mark, random.Random(share)
        )
        assert attempt_submit(attempt=attempt, responses=responses).is_passed is passes
