"""Views of grading: the cohort's queue of essays and practical tasks, grading one
answer at a time (made for a phone), the protected download of an answer's file,
and the regrade of a question whose key was fixed (preview, then confirm)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from courses.exceptions import CoursesError
from courses.forms_grading import AnswerGradeForm, QuestionRegradeForm
from courses.models import Answer, Cohort, Question
from courses.permissions import can_run_cohort, trainer_required
from courses.selectors.grading import (
    answer_file_visible_to,
    answer_get_for_grader,
    graded_answers_for,
    grading_queue_for,
    next_in_queue_for,
    question_versions_for_regrade,
    regrade_plan_for,
    regrade_preview_for,
)
from courses.selectors.question_bank import can_manage_bank
from courses.services.grading import answer_grade, question_regrade


def _cohort_run_by(request: HttpRequest, cohort_id: int) -> Cohort:
    cohort = get_object_or_404(Cohort.objects.select_related("course"), pk=cohort_id)
    if not can_run_cohort(request.user, cohort):
        raise PermissionDenied
    return cohort


@require_GET
@trainer_required
def grading_queue_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort_run_by(request, cohort_id)
    return render(
        request,
        "courses/grading/queue.html",
        {
            "cohort": cohort,
            "waiting": list(grading_queue_for(cohort=cohort)),
            "graded": graded_answers_for(cohort=cohort),
        },
    )


@require_http_methods(["GET", "POST"])
@trainer_required
def answer_grade_view(request: HttpRequest, answer_id: int) -> HttpResponse:
    answer = answer_get_for_grader(answer_id=answer_id)
    if answer is None:
        raise Http404
    cohort = answer.attempt.assessment.cohort
    if not can_run_cohort(request.user, cohort):
        raise PermissionDenied
    version = answer.question_version
    initial = None
    if answer.points is not None:
        initial = {
            "points": f"{answer.points.normalize():f}".replace(".", ","),
            "comment": answer.grader_comment,
        }
    form = AnswerGradeForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        max_points=version.points,
    )
    if request.method == "POST" and form.is_valid():
        try:
            answer_grade(
                answer=answer,
                points=form.cleaned_data["points"],
                comment=form.cleaned_data["comment"],
                by=request.user,
            )
        except CoursesError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("%(name)s: %(points)s points saved")
                % {
                    "points": formats.localize(form.cleaned_data["points"]),
                    "name": _learner_name(answer),
                },
            )
            following = next_in_queue_for(cohort=cohort, after=answer)
            if following is not None:
                return redirect("courses:answer_grade", answer_id=following.pk)
            return redirect("courses:grading_queue", cohort_id=cohort.pk)
    return render(
        request,
        "courses/grading/answer.html",
        {
            "cohort": cohort,
            "answer": answer,
            "attempt": answer.attempt,
            "assessment": answer.attempt.assessment,
            "version": version,
            "learner_name": _learner_name(answer),
            "form": form,
            "waiting_count": grading_queue_for(cohort=cohort).count(),
        },
    )


def _learner_name(answer: Answer) -> str:
    learner = answer.attempt.enrolment.learner
    profile = getattr(learner, "profile", None)
    return (profile.full_name if profile else "") or learner.get_username()


@require_GET
@login_required
def answer_file_view(request: HttpRequest, answer_id: int) -> FileResponse:
    """The file a learner attached; 404 for anyone else than the learner and the
    cohort's trainers (no hint that it exists)."""
    answer = get_object_or_404(
        Answer.objects.select_related(
            "attempt__enrolment", "attempt__assessment__cohort"
        ),
        pk=answer_id,
    )
    if not answer.file or not answer_file_visible_to(answer=answer, user=request.user):
        raise Http404
    name = answer.file.name.rsplit("/", 1)[-1]
    response = FileResponse(answer.file.open("rb"), as_attachment=True, filename=name)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_http_methods(["GET", "POST"])
@trainer_required
def question_regrade_view(request: HttpRequest, question_id: int) -> HttpResponse:
    """A preview of what a regrade to a fixed version would change, and the form
    that confirms it with a reason. GET never writes. Only those who may edit the
    course's question bank may regrade (a fixed key applies to every cohort); the
    preview names learners only of the cohorts the user trains."""
    question = get_object_or_404(
        Question.objects.select_related("course"), pk=question_id
    )
    if not can_manage_bank(request.user, question.course):
        raise PermissionDenied
    versions = question_versions_for_regrade(question=question)
    data = request.POST if request.method == "POST" else None
    if data is None and versions:
        data_version = request.GET.get("version") or versions[0].pk
        form = QuestionRegradeForm(initial={"version": data_version}, versions=versions)
        chosen = _version_in(versions, data_version)
    else:
        form = QuestionRegradeForm(data, versions=versions)
        chosen = _version_in(versions, request.POST.get("version"))
    plan = preview = None
    if chosen is not None and question.kind != "essay":
        plan = regrade_plan_for(question=question, to_version=chosen)
        preview = regrade_preview_for(plan=plan, user=request.user)
    if request.method == "POST" and form.is_valid() and chosen is not None:
        try:
            events = question_regrade(
                question=question,
                to_version=chosen,
                reason=form.cleaned_data["reason"],
                by=request.user,
            )
        except CoursesError as error:
            messages.error(request, error.message)
        else:
            affected = sum(event.attempts_affected for event in events)
            messages.success(
                request,
                ngettext(
                    "Regraded: %(count)d attempt changed.",
                    "Regraded: %(count)d attempts changed.",
                    affected,
                )
                % {"count": affected},
            )
            return redirect("courses:question_regrade", question_id=question.pk)
    return render(
        request,
        "courses/grading/regrade.html",
        {
            "question": question,
            "versions": versions,
            "chosen": chosen,
            "plan": plan,
            "preview": preview,
            "form": form,
            "regrades": question.regrades.select_related(
                "from_version", "to_version", "regraded_by__profile"
            )[:10],
        },
    )


def _version_in(versions: list, value: object):
    try:
        wanted = int(value)
    except (TypeError, ValueError):
        return None
    return next((v for v in versions if v.pk == wanted), None)
