"""Selectors for the progress area: how far a learner is in a course."""

from dataclasses import dataclass

from wagtail.models import Page

from courses.models import Enrolment, LessonProgress, User


@dataclass(frozen=True)
class CourseProgress:
    done: int  # required lessons completed
    total: int  # required lessons in the course
    completed_lesson_ids: frozenset[int]
    resume_lesson_id: int | None  # the lesson opened last

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def all_done(self) -> bool:
        return self.done >= self.total


def required_lesson_ids_for(*, course_id: int) -> list[int]:
    """Published, required lessons under every page of the course, in tree order."""
    # The one place courses reads the page tree: completion depends on which lessons
    # are required, and that is content (cms). Local import keeps cms → courses.
    from cms.models import CoursePage, LessonPage

    paths = (
        CoursePage.objects.live()
        .filter(course_id=course_id)
        .values_list("path", flat=True)
    )
    lessons = LessonPage.objects.none()
    for path in paths:
        lessons = lessons | LessonPage.objects.live().filter(
            path__startswith=path, required=True
        )
    return list(lessons.order_by("path").values_list("pk", flat=True))


def course_progress_for(*, enrolment: Enrolment) -> CourseProgress:
    """Required lessons done out of all required lessons, and where to resume."""
    required = set(required_lesson_ids_for(course_id=enrolment.cohort.course_id))
    rows = LessonProgress.objects.filter(enrolment=enrolment)
    completed = frozenset(
        rows.exclude(completed_at=None).values_list("lesson_id", flat=True)
    )
    last = rows.order_by("-last_viewed_at").values_list("lesson_id", flat=True).first()
    return CourseProgress(
        done=len(required & completed),
        total=len(required),
        completed_lesson_ids=completed,
        resume_lesson_id=last,
    )


def enrolment_for_lesson(*, learner: User, lesson: Page) -> Enrolment | None:
    """The learner's current studying enrolment in a cohort of the lesson's course."""
    from cms.models import CoursePage

    if not learner.is_authenticated:
        return None
    course_page = (
        CoursePage.objects.filter(path=lesson.path[: -2 * Page.steplen])
        .values("course_id")
        .first()
    )
    if course_page is None:
        return None
    return (
        Enrolment.objects.filter(
            learner=learner,
            cohort__course_id=course_page["course_id"],
            status__in=(Enrolment.Status.APPROVED, Enrolment.Status.ACTIVE),
        )
        .select_related("cohort")
        .order_by("-cohort__starts_on")
        .first()
    )
