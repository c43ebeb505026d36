"""Glue between the page tree and the courses app."""

from django.http import HttpRequest
from wagtail import hooks

from cms.models import LessonPage
from courses.selectors.progress import enrolment_for_lesson
from courses.services.progress import lesson_view_record


@hooks.register("before_serve_page")
def record_lesson_view(page, request: HttpRequest, serve_args, serve_kwargs):
    """An enrolled learner opening a lesson is progress (and resumes there next time).
    Previews and anonymous visitors record nothing."""
    if not isinstance(page, LessonPage) or getattr(request, "is_preview", False):
        return None
    enrolment = enrolment_for_lesson(learner=request.user, lesson=page)
    # LessonPage.get_context reads it from here instead of querying again.
    request.lesson_enrolment = enrolment
    if enrolment is not None:
        lesson_view_record(enrolment=enrolment, lesson=page)
    return None
