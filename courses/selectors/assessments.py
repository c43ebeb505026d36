"""Selectors for assessments: which attempt counts, and whether it passed."""

from courses.models import Assessment, Attempt, Enrolment


def counted_attempt_for(
    *, assessment: Assessment, enrolment: Enrolment
) -> Attempt | None:
    """The graded attempt that counts under the assessment's rule (best or last)."""
    graded = list(
        Attempt.objects.filter(
            assessment=assessment, enrolment=enrolment, status=Attempt.Status.GRADED
        ).select_related("assessment")
    )
    if not graded:
        return None
    if assessment.grading == Assessment.Grading.LAST:
        return max(graded, key=lambda attempt: attempt.number)
    return max(graded, key=lambda attempt: (attempt.percent or 0, -attempt.number))


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
