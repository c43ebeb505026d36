"""The completion rule of a cohort, read-only: does an enrolment meet it, and if
not, why not. ``courses.services.completion`` acts on the verdict."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from courses.models import Assessment, Enrolment
from courses.selectors.assessments import (
    counted_attempt_for,
    post_test_passed_for,
)
from courses.selectors.progress import course_progress_for


@dataclass
class CompletionVerdict:
    attendance_percent: float | None  # exact; round only for display
    lessons_done: int
    lessons_total: int
    unmet: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.unmet


def practical_task_accepted_for(*, enrolment: Enrolment) -> bool | None:
    """True when the counted attempt of every practical task of the cohort is
    graded and passed (a trainer accepted it); None when the cohort has none."""
    tasks = list(
        Assessment.objects.filter(
            cohort_id=enrolment.cohort_id, kind=Assessment.Kind.PRACTICAL_TASK
        )
    )
    if not tasks:
        return None
    return all(
        (counted := counted_attempt_for(assessment=task, enrolment=enrolment))
        is not None
        and counted.is_passed
        for task in tasks
    )


def completion_verdict_for(*, enrolment: Enrolment) -> CompletionVerdict:
    """Check every rule of the enrolment's cohort."""
    from courses.selectors.attendance import attendance_percent_for

    cohort = enrolment.cohort
    progress = course_progress_for(enrolment=enrolment)
    attendance = (
        attendance_percent_for(enrolment=enrolment)
        if cohort.sessions.exists()
        else None
    )
    verdict = CompletionVerdict(
        attendance_percent=attendance,
        lessons_done=progress.done,
        lessons_total=progress.total,
    )
    if attendance is not None and attendance < cohort.min_attendance_percent:
        verdict.unmet.append(
            _("attendance %(have)s%% is below %(need)s%%")
            % {"have": round(attendance), "need": cohort.min_attendance_percent}
        )
    if cohort.requires_all_lessons and not progress.all_done:
        verdict.unmet.append(
            _("%(done)s of %(total)s required lessons done")
            % {"done": progress.done, "total": progress.total}
        )
    if cohort.requires_post_test and not post_test_passed_for(enrolment=enrolment):
        verdict.unmet.append(_("post-test not passed"))
    if cohort.requires_practical_task and not practical_task_accepted_for(
        enrolment=enrolment
    ):
        verdict.unmet.append(_("practical task not accepted"))
    return verdict
