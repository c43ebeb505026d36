"""Results: counted pre/post percents as annotations, normalised learning gain."""

from decimal import Decimal

import pytest

from courses.models import Assessment, Attempt, Enrolment
from courses.selectors.results import (
    cohort_gain_for,
    enrolment_test_percent_annotations,
    normalised_gain,
)
from tests.factories_assessments import AssessmentFactory
from tests.factories_cohorts import CohortFactory, EnrolmentFactory

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
