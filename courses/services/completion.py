"""Deciding who completes a cohort: one service, the cohort's rule, one verdict."""

from django.db import transaction

from courses.models import Cohort, Enrolment
from courses.selectors.completion import CompletionVerdict, completion_verdict_for
from courses.services.enrolment import enrolment_finish

S = Enrolment.Status


@transaction.atomic
def enrolment_evaluate(
    *, enrolment: Enrolment, final: bool = False
) -> CompletionVerdict:
    """Apply the cohort's completion rule to an active (or not completed) enrolment.

    A pass completes it at once (certificates then follow from the completion). A
    failure is only recorded as "not completed" when ``final`` (the cohort is over);
    before that the learner still has time.
    """
    enrolment = (
        Enrolment.objects.select_for_update()
        .select_related("cohort")
        .get(pk=enrolment.pk)
    )
    verdict = completion_verdict_for(enrolment=enrolment)
    if enrolment.status not in (S.ACTIVE, S.NOT_COMPLETED):
        return verdict
    if verdict.passed:
        enrolment_finish(enrolment=enrolment, completed=True)
    elif final and enrolment.status == S.ACTIVE:
        enrolment_finish(
            enrolment=enrolment, completed=False, reason="; ".join(verdict.unmet)
        )
    return verdict


def cohort_evaluate(*, cohort: Cohort, final: bool) -> dict[str, int]:
    """Evaluate every active enrolment of a cohort; counts of the outcomes."""
    outcome = {"completed": 0, "not_completed": 0, "pending": 0}
    for enrolment in cohort.enrolments.filter(status__in=(S.ACTIVE, S.NOT_COMPLETED)):
        verdict = enrolment_evaluate(enrolment=enrolment, final=final)
        if verdict.passed:
            outcome["completed"] += 1
        elif final:
            outcome["not_completed"] += 1
        else:
            outcome["pending"] += 1
    return outcome
