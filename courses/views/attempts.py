"""Views of a learner taking an assessment on a phone: the assessment's intro, the
attempt pages (one question per page or all on one page), autosave, submit and the
result. Every page works without JavaScript (each POST saves, then moves on);
static/js/attempt.js adds autosave on change and a countdown from the server's
deadline."""

import zoneinfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.exceptions import (
    AttemptAlreadySubmitted,
    CoursesError,
    DeadlinePassed,
    EnrolmentWithdrawn,
)
from courses.forms_attempt import ANSWER_FILE_ACCEPT, AttemptPageForm
from courses.models import Assessment, Attempt
from courses.selectors.assessments import (
    AnswerView,
    attempt_answers_for,
    attempt_list_for_learner,
    feedback_opens_at,
    feedback_visible_for,
    learner_assessment_for,
)
from courses.services.assessments import (
    answers_save,
    attempt_close_if_expired,
    attempt_start,
    attempt_submit,
)

PAGE_PARAM = "soal"


def _own_attempt(request: HttpRequest, attempt_id: int) -> Attempt:
    """The learner's own attempt; anybody else's is not found (404)."""
    return get_object_or_404(
        attempt_list_for_learner(learner=request.user), pk=attempt_id
    )


def _result_url(attempt: Attempt) -> str:
    return reverse("courses:attempt_result", kwargs={"attempt_id": attempt.pk})


def _take_url(attempt: Attempt, page: int | None = None) -> str:
    url = reverse("courses:attempt_take", kwargs={"attempt_id": attempt.pk})
    return f"{url}?{PAGE_PARAM}={page}" if page else url


def _time_over_message() -> str:
    return _(
        "The time for this attempt was over: the answers saved before the deadline "
        "were submitted and scored; answers sent later were refused."
    )


def _remaining_seconds(attempt: Attempt) -> int | None:
    if attempt.deadline is None:
        return None
    return max(0, int((attempt.deadline - timezone.now()).total_seconds()))


def clock_label(seconds: int | None) -> str:
    """ "1:05:09" or "05:09": the countdown as first drawn (attempt.js takes over)."""
    if seconds is None:
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def _zone(attempt: Attempt) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(attempt.assessment.cohort.time_zone)


def _page_of(request: HttpRequest, attempt: Attempt, count: int) -> int | None:
    """The question shown (1-based) when one question per page, else None."""
    if not attempt.assessment.one_question_per_page or not count:
        return None
    raw = request.POST.get(PAGE_PARAM) or request.GET.get(PAGE_PARAM) or "1"
    try:
        page = int(raw)
    except ValueError:
        page = 1
    return min(max(page, 1), count)


def _page_form(
    request: HttpRequest, attempt: Attempt, views: list[AnswerView], page: int | None
) -> AttemptPageForm:
    shown = [views[page - 1]] if page else views
    with_files = attempt.assessment.kind == Assessment.Kind.PRACTICAL_TASK
    if request.method == "POST":
        return AttemptPageForm(
            shown, request.POST, request.FILES, with_files=with_files
        )
    return AttemptPageForm(shown, with_files=with_files)


@require_GET
@login_required
def assessment_detail_view(request: HttpRequest, assessment_id: int) -> HttpResponse:
    """The assessment's intro: rules, times in the cohort's zone, attempts, score."""
    row = learner_assessment_for(learner=request.user, assessment_id=assessment_id)
    if row is None:
        raise Http404
    running = row.running
    if running is not None and attempt_close_if_expired(attempt=running):
        messages.warning(request, _time_over_message())
        row = learner_assessment_for(learner=request.user, assessment_id=assessment_id)
    cohort = row.assessment.cohort
    return render(
        request,
        "courses/attempt/assessment_detail.html",
        {
            "row": row,
            "assessment": row.assessment,
            "cohort": cohort,
            "feedback_opens_at": feedback_opens_at(assessment=row.assessment),
        },
    )


@require_POST
@login_required
def attempt_start_view(request: HttpRequest, assessment_id: int) -> HttpResponse:
    row = learner_assessment_for(learner=request.user, assessment_id=assessment_id)
    if row is None:
        raise Http404
    try:
        attempt = attempt_start(assessment=row.assessment, enrolment=row.enrolment)
    except CoursesError as error:
        messages.error(request, error.message)
        return redirect("courses:assessment_detail", assessment_id=assessment_id)
    return redirect(_take_url(attempt))


def _withdrawn_redirect(request: HttpRequest) -> HttpResponse:
    messages.error(request, EnrolmentWithdrawn.message)
    return redirect("courses:my_courses")


def _closed_redirect(request: HttpRequest, attempt: Attempt) -> HttpResponse | None:
    """Where to go instead of the attempt page once it can no longer be changed."""
    if attempt.status != Attempt.Status.IN_PROGRESS:
        messages.info(request, AttemptAlreadySubmitted.message)
        return redirect(_result_url(attempt))
    if not attempt.enrolment.holds_seat:
        return _withdrawn_redirect(request)
    if attempt_close_if_expired(attempt=attempt):
        messages.warning(request, _time_over_message())
        return redirect(_result_url(attempt))
    return None


def _next_page(action: str, page: int | None, count: int) -> int | None:
    if page is None:
        return None
    if action == "next":
        return min(page + 1, count)
    if action == "prev":
        return max(page - 1, 1)
    if action.startswith("go-") and action[3:].isdigit():
        return min(max(int(action[3:]), 1), count)
    return page


@never_cache
@require_http_methods(["GET", "POST"])
@login_required
def attempt_take_view(request: HttpRequest, attempt_id: int) -> HttpResponse:
    """One page of the attempt. A POST saves the page's answers, then goes where
    the button said (next, previous, a question of the navigator, or finish)."""
    attempt = _own_attempt(request, attempt_id)
    if request.method == "GET" and (closed := _closed_redirect(request, attempt)):
        return closed
    views = attempt_answers_for(attempt=attempt)
    page = _page_of(request, attempt, len(views))
    form = _page_form(request, attempt, views, page)
    if request.method == "POST":
        try:
            answers_save(
                attempt=attempt, responses=form.responses(), files=form.uploads()
            )
        except DeadlinePassed:
            attempt_close_if_expired(attempt=attempt)
            messages.warning(request, _time_over_message())
            return redirect(_result_url(attempt))
        except AttemptAlreadySubmitted as error:
            messages.info(request, error.message)
            return redirect(_result_url(attempt))
        except EnrolmentWithdrawn:
            return _withdrawn_redirect(request)
        action = request.POST.get("action", "")
        if form.errors:
            messages.error(
                request,
                _("Some answers could not be saved; see the marked questions."),
            )
            views = attempt_answers_for(attempt=attempt)  # show what was saved
        elif action == "finish":
            return redirect("courses:attempt_submit", attempt_id=attempt.pk)
        else:
            return redirect(_take_url(attempt, _next_page(action, page, len(views))))
    return render(
        request,
        "courses/attempt/take.html",
        {
            "attempt": attempt,
            "assessment": attempt.assessment,
            "cohort": attempt.assessment.cohort,
            "form": form,
            "items": form.items(),
            "views": views,
            "page": page,
            "count": len(views),
            "answered": sum(1 for view in views if view.answered),
            "remaining": (remaining := _remaining_seconds(attempt)),
            "remaining_label": clock_label(remaining),
            "file_accept": ANSWER_FILE_ACCEPT,
        },
    )


@require_POST
@login_required
def attempt_autosave_view(request: HttpRequest, attempt_id: int) -> JsonResponse:
    """Autosave from attempt.js: the page form's fields, answered in JSON. After
    the deadline or once submitted: 409 with a message and where to go."""
    attempt = _own_attempt(request, attempt_id)
    views = attempt_answers_for(attempt=attempt)
    page = _page_of(request, attempt, len(views))
    form = _page_form(request, attempt, views, page)
    uploads = form.uploads()
    try:
        saved = answers_save(attempt=attempt, responses=form.responses(), files=uploads)
    except EnrolmentWithdrawn as error:
        return JsonResponse(
            {
                "ok": False,
                "closed": True,
                "message": str(error.message),
                "result_url": reverse("courses:my_courses"),
            },
            status=409,
        )
    except (DeadlinePassed, AttemptAlreadySubmitted) as error:
        late = isinstance(error, DeadlinePassed)
        if late:
            attempt_close_if_expired(attempt=attempt)
        return JsonResponse(
            {
                "ok": False,
                "closed": True,
                "message": _time_over_message() if late else str(error.message),
                "result_url": _result_url(attempt),
            },
            status=409,
        )
    now = timezone.localtime(timezone.now(), _zone(attempt))
    return JsonResponse(
        {
            "ok": True,
            "saved": saved,
            "saved_at": date_format(now, "H.i"),
            "remaining": _remaining_seconds(attempt),
            "errors": form.error_messages(),
            "files": {str(position): f.name for position, f in uploads.items()},
        }
    )


@never_cache
@require_http_methods(["GET", "POST"])
@login_required
def attempt_submit_view(request: HttpRequest, attempt_id: int) -> HttpResponse:
    """GET: confirm, with the questions left unanswered. POST: submit once. The
    countdown posts the attempt page's form here, so its answers are saved first
    (refused if they arrive late)."""
    attempt = _own_attempt(request, attempt_id)
    if request.method == "GET":
        if closed := _closed_redirect(request, attempt):
            return closed
        views = attempt_answers_for(attempt=attempt)
        unanswered = [view for view in views if not view.answered]
        return render(
            request,
            "courses/attempt/submit.html",
            {
                "attempt": attempt,
                "assessment": attempt.assessment,
                "count": len(views),
                "unanswered": unanswered,
                "answered_count": len(views) - len(unanswered),
                "one_per_page": attempt.assessment.one_question_per_page,
                "remaining": (remaining := _remaining_seconds(attempt)),
                "remaining_label": clock_label(remaining),
            },
        )
    late = False
    if attempt.status == Attempt.Status.IN_PROGRESS and PAGE_PARAM in request.POST:
        views = attempt_answers_for(attempt=attempt)
        form = _page_form(
            request, attempt, views, _page_of(request, attempt, len(views))
        )
        try:
            answers_save(
                attempt=attempt, responses=form.responses(), files=form.uploads()
            )
        except DeadlinePassed:
            late = True
        except (AttemptAlreadySubmitted, EnrolmentWithdrawn):
            pass  # reported below by attempt_submit
    try:
        attempt = attempt_submit(attempt=attempt)
    except AttemptAlreadySubmitted as error:
        messages.info(request, error.message)
        return redirect(_result_url(attempt))
    except EnrolmentWithdrawn:
        return _withdrawn_redirect(request)
    if late or (attempt.deadline and attempt.submitted_at == attempt.deadline):
        messages.warning(request, _time_over_message())
    elif request.POST.get("timeup"):
        messages.info(
            request, _("Time was up: your answers were submitted automatically.")
        )
    else:
        messages.success(request, _("Your answers were submitted."))
    return redirect(_result_url(attempt))


@require_GET
@login_required
def attempt_result_view(request: HttpRequest, attempt_id: int) -> HttpResponse:
    """Score and feedback when the assessment's rule allows; essays wait for a
    grader."""
    attempt = _own_attempt(request, attempt_id)
    if attempt.status == Attempt.Status.IN_PROGRESS:
        if not attempt_close_if_expired(attempt=attempt):
            return redirect(_take_url(attempt))
        messages.warning(request, _time_over_message())
    assessment = attempt.assessment
    visible = feedback_visible_for(assessment=assessment)
    return render(
        request,
        "courses/attempt/result.html",
        {
            "attempt": attempt,
            "assessment": assessment,
            "cohort": assessment.cohort,
            "feedback_visible": visible,
            "feedback_opens_at": feedback_opens_at(assessment=assessment),
            "views": attempt_answers_for(attempt=attempt) if visible else [],
        },
    )
