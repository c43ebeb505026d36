"""Views for learners: enrol, mark lessons done, "My courses"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.models import Page

from courses.exceptions import CoursesError
from courses.models import Cohort, Enrolment
from courses.selectors.assessments import learner_assessments_by_enrolment
from courses.selectors.enrolment import (
    enrolment_list_for_learner,
    session_list_upcoming_for_learner,
)
from courses.selectors.progress import course_progress_for, enrolment_for_lesson
from courses.services.enrolment import enrolment_request
from courses.services.progress import lesson_complete

S = Enrolment.Status


def _back(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return target
    return fallback


@login_required
@require_POST
def enrolment_request_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = get_object_or_404(Cohort.objects.select_related("course"), pk=cohort_id)
    try:
        enrolment = enrolment_request(cohort=cohort, learner=request.user)
    except CoursesError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, enrolment.get_status_display())
    return redirect(_back(request, "courses:my_courses"))


@login_required
@require_POST
def lesson_complete_view(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = get_object_or_404(Page.objects.live(), pk=lesson_id).specific
    enrolment = enrolment_for_lesson(learner=request.user, lesson=lesson)
    if enrolment is None:
        messages.error(request, CoursesError.message)
        return redirect(lesson.url)
    lesson_complete(enrolment=enrolment, lesson=lesson)
    return redirect(_back(request, lesson.url))


@login_required
def my_courses_view(request: HttpRequest) -> HttpResponse:
    """The learner's courses with progress, assessments, upcoming sessions and what
    to do next."""
    studying = (S.APPROVED, S.ACTIVE, S.COMPLETED, S.NOT_COMPLETED)
    enrolments = list(enrolment_list_for_learner(learner=request.user))
    assessments = learner_assessments_by_enrolment(enrolments=enrolments)
    rows = [
        {
            "enrolment": enrolment,
            "progress": course_progress_for(enrolment=enrolment)
            if enrolment.status in studying
            else None,
            "assessments": assessments.get(enrolment.pk, []),
        }
        for enrolment in enrolments
    ]
    resume_pages = Page.objects.in_bulk(
        [row["progress"].resume_lesson_id for row in rows if row["progress"]]
    )
    for row in rows:
        row["resume"] = row["progress"] and resume_pages.get(
            row["progress"].resume_lesson_id
        )
    return render(
        request,
        "courses/learner/my_courses.html",
        {
            "rows": rows,
            "sessions": session_list_upcoming_for_learner(learner=request.user)[:10],
        },
    )
