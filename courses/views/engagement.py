"""Post-training engagement (TP-BIS): learners and office staff record community
activities; an office sees those held in its region, with totals and downloads."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.exceptions import CommunityActivityInvalid, CoursesError
from courses.exports import csv_response, xlsx_response
from courses.forms_engagement import CommunityActivityForm
from courses.models import CommunityActivity, Office
from courses.permissions import monitoring_office_required, office_of
from courses.selectors.engagement import (
    community_activity_list_for_office,
    community_activity_list_for_recorder,
    community_activity_rows_for_office,
    engagement_summary_for,
    enrolment_list_completed_for,
    institution_list_for_office,
    region_list_for_learner,
    region_list_for_office,
)
from courses.selectors.monitoring import DashboardFilters
from courses.services.engagement import (
    community_activity_create,
    community_activity_delete,
    community_activity_update,
)

FIRST_YEAR = 2020


def _year_or_none(request: HttpRequest) -> int | None:
    """The year chosen with ?tahun= (None: every year)."""
    try:
        year = int(request.GET.get("tahun", ""))
    except ValueError:
        return None
    return year if FIRST_YEAR <= year <= timezone.localdate().year + 1 else None


def _form_for(request: HttpRequest, activity: CommunityActivity | None = None):
    """The learner's form, or the office's when the activity is (or will be) the
    office's: one not following a training, recorded by office staff."""
    office = office_of(request.user)
    as_office = office is not None and (
        activity.enrolment_id is None
        if activity
        else request.GET.get("sebagai") == "dpk"
    )
    data = request.POST if request.method == "POST" else None
    if as_office:
        return CommunityActivityForm(
            data,
            instance=activity,
            regions=region_list_for_office(office=office),
            institutions=institution_list_for_office(office=office),
        ), office
    return CommunityActivityForm(
        data,
        instance=activity,
        regions=region_list_for_learner(learner=request.user),
        enrolments=enrolment_list_completed_for(learner=request.user),
    ), None


def _show_problems(form: CommunityActivityForm, error: CoursesError) -> None:
    problems = getattr(error, "problems", None) or {}
    for name, message in problems.items():
        form.add_error(name if name in form.fields else None, message)
    if not problems:
        form.add_error(None, error.message)


@login_required
def my_activity_list_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "courses/engagement/my_list.html",
        {
            "activities": community_activity_list_for_recorder(user=request.user),
            "can_record": enrolment_list_completed_for(learner=request.user).exists(),
            "office": office_of(request.user),
        },
    )


@login_required
def activity_create_view(request: HttpRequest) -> HttpResponse:
    form, office = _form_for(request)
    if office is None and not form.fields["enrolment"].queryset.exists():
        messages.info(
            request,
            _(
                "You can record a community activity once you have completed a training."
            ),
        )
        return redirect("courses:my_activities")
    if request.method == "POST" and form.is_valid():
        if office is not None:
            institution, enrolment = form.cleaned_data["institution"], None
        else:
            enrolment = form.cleaned_data["enrolment"]
            institution = request.user.profile.institution
        if institution is None:
            form.add_error(
                None,
                _("Your profile has no institution yet; ask your office to add it."),
            )
        else:
            try:
                community_activity_create(
                    recorded_by=request.user,
                    institution=institution,
                    enrolment=enrolment,
                    **form.service_fields(),
                )
            except (CommunityActivityInvalid, CoursesError) as error:
                _show_problems(form, error)
            else:
                messages.success(request, _("The community activity was recorded."))
                return redirect(
                    "courses:office_activities" if office else "courses:my_activities"
                )
    return render(
        request,
        "courses/engagement/form.html",
        {"form": form, "office": office, "activity": None},
    )


@login_required
def activity_update_view(request: HttpRequest, activity_id: int) -> HttpResponse:
    activity = get_object_or_404(
        community_activity_list_for_recorder(user=request.user), pk=activity_id
    )
    form, office = _form_for(request, activity)
    if request.method == "POST" and form.is_valid():
        fields = form.service_fields()
        enrolment = form.cleaned_data.get("enrolment")
        if office is not None:
            activity.institution = form.cleaned_data["institution"]
        try:
            community_activity_update(
                activity=activity, actor=request.user, enrolment=enrolment, **fields
            )
        except (CommunityActivityInvalid, CoursesError) as error:
            _show_problems(form, error)
        else:
            messages.success(request, _("The community activity was saved."))
            return redirect(
                "courses:office_activities" if office else "courses:my_activities"
            )
    return render(
        request,
        "courses/engagement/form.html",
        {"form": form, "office": office, "activity": activity},
    )


@login_required
@require_POST
def activity_delete_view(request: HttpRequest, activity_id: int) -> HttpResponse:
    activity = get_object_or_404(
        community_activity_list_for_recorder(user=request.user), pk=activity_id
    )
    community_activity_delete(activity=activity, actor=request.user)
    messages.success(request, _("The community activity was deleted."))
    if request.POST.get("dari") == "dpk":
        return redirect("courses:office_activities")
    return redirect("courses:my_activities")


@monitoring_office_required
def office_activity_list_view(request: HttpRequest, *, office: Office) -> HttpResponse:
    year = _year_or_none(request)
    activities = community_activity_list_for_office(office=office, year=year)
    this_year = timezone.localdate().year
    return render(
        request,
        "courses/engagement/office_list.html",
        {
            "office": office,
            "year": year,
            "years": range(this_year, FIRST_YEAR - 1, -1),
            "summary": engagement_summary_for(
                office=office, filters=DashboardFilters(year=year)
            ),
            "page": Paginator(activities, 30).get_page(request.GET.get("halaman")),
            "pager_query": f"tahun={year}&" if year else "",
            "year_query": f"?tahun={year}" if year else "",
        },
    )


@monitoring_office_required
def office_activity_export_view(
    request: HttpRequest, fmt: str, *, office: Office
) -> HttpResponse:
    year = _year_or_none(request)
    header = [
        _("Date"),
        _("Kind"),
        _("Title"),
        _("Region code"),
        _("Region"),
        _("Organising institution"),
        _("Course"),
        _("Male participants"),
        _("Female participants"),
        _("Children (under 18)"),
        _("Adults (18-59)"),
        _("Elderly (60+)"),
        _("Participants with a disability"),
        _("Partners"),
        _("Outputs"),
        _("Recorded by"),
    ]
    rows = community_activity_rows_for_office(office=office, year=year)
    filename = f"kegiatan-tpbis-{office.scope_prefix or 'nasional'}{f'-{year}' if year else ''}"
    if fmt == "csv":
        return csv_response(filename=f"{filename}.csv", header=header, rows=rows)
    if fmt == "xlsx":
        return xlsx_response(
            filename=f"{filename}.xlsx",
            sheet_title=_("Community activities"),
            header=header,
            rows=rows,
        )
    raise Http404
