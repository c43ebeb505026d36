"""Views for trainers: their cohorts, the enrolment roster and its decisions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.exceptions import CoursesError
from courses.exports import EXPORT_FORMATS, download_response
from courses.models import Cohort, Enrolment
from courses.permissions import can_run_cohort, trainer_required
from courses.selectors.at_risk import (
    cohort_roster_rows_for,
    cohort_roster_with_risk_for,
)
from courses.selectors.enrolment import cohort_list_for_trainer
from courses.services import completion
from courses.services import enrolment as enrolment_services

ACTIONS = {
    "setujui": enrolment_services.enrolment_approve,
    "tolak": enrolment_services.enrolment_reject,
    "daftar-tunggu": enrolment_services.enrolment_waitlist,
    "mundur": enrolment_services.enrolment_withdraw,
}


def _cohort_for(request: HttpRequest, cohort_id: int) -> Cohort:
    cohort = get_object_or_404(Cohort.objects.select_related("course"), pk=cohort_id)
    if not can_run_cohort(request.user, cohort):
        raise PermissionDenied
    return cohort


@trainer_required
def cohort_list_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "courses/trainer/cohort_list.html",
        {"cohorts": cohort_list_for_trainer(trainer=request.user)},
    )


@trainer_required
def cohort_detail_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """The roster with progress, attendance, pre/post scores and who is at risk;
    ``?risiko=1`` lists only the learners at risk."""
    cohort = _cohort_for(request, cohort_id)
    roster = cohort_roster_with_risk_for(cohort=cohort)
    only_at_risk = request.GET.get("risiko") == "1"
    return render(
        request,
        "courses/trainer/cohort_detail.html",
        {
            "cohort": cohort,
            "roster": [line for line in roster if line.at_risk or not only_at_risk],
            "only_at_risk": only_at_risk,
            "at_risk_count": sum(line.at_risk for line in roster),
            "sessions": cohort.sessions.all(),
            "seats_taken": sum(line.holds_seat for line in roster),
            "statuses": Enrolment.Status,
        },
    )


@trainer_required
def cohort_roster_export_view(
    request: HttpRequest, cohort_id: int, fmt: str
) -> HttpResponse:
    """The roster of the cohort page as CSV or XLSX; ``?risiko=1`` only the
    learners at risk."""
    if fmt not in EXPORT_FORMATS:
        raise Http404
    cohort = _cohort_for(request, cohort_id)
    only_at_risk = request.GET.get("risiko") == "1"
    header = [
        _("Name"),
        _("NIP"),
        _("Institution"),
        _("Region code"),
        _("Status"),
        _("Nominated by"),
        _("Required lessons done"),
        _("Required lessons"),
        _("Progress %"),
        _("Attendance %"),
        _("Pre-test %"),
        _("Post-test %"),
        _("Normalised gain"),
        _("Last activity"),
        _("At risk"),
        _("Reasons"),
    ]
    return download_response(
        fmt=fmt,
        name=f"peserta-angkatan-{cohort.pk}{'-berisiko' if only_at_risk else ''}",
        sheet_title=_("Participants"),
        header=header,
        rows=cohort_roster_rows_for(cohort=cohort, only_at_risk=only_at_risk),
    )


@trainer_required
@require_POST
def enrolment_decide_view(
    request: HttpRequest, enrolment_id: int, action: str
) -> HttpResponse:
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("cohort"), pk=enrolment_id
    )
    _cohort_for(request, enrolment.cohort_id)
    service = ACTIONS.get(action)
    if service is None:
        raise Http404
    kwargs = {"enrolment": enrolment, "actor": request.user}
    if action in ("tolak", "daftar-tunggu", "mundur"):
        kwargs["reason"] = request.POST.get("reason", "")[:500]
    try:
        enrolment = service(**kwargs)
    except CoursesError as error:
        messages.error(
            request, f"{enrolment.learner.profile.full_name}: {error.message}"
        )
    else:
        messages.success(
            request,
            f"{enrolment.learner.profile.full_name}: {enrolment.get_status_display()}",
        )
    return redirect("courses:trainer_cohort", cohort_id=enrolment.cohort_id)


@trainer_required
@require_POST
def cohort_evaluate_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """Apply the completion rule; "final" records who did not complete."""
    cohort = _cohort_for(request, cohort_id)
    outcome = completion.cohort_evaluate(
        cohort=cohort, final=request.POST.get("final") == "1"
    )
    messages.info(
        request,
        _(
            "Completed: %(completed)s · not completed: %(not_completed)s · still open: %(pending)s"
        )
        % outcome,
    )
    return redirect("courses:trainer_cohort", cohort_id=cohort.pk)
