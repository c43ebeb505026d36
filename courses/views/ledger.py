"""The JP ledger: a learner's own, a person's for their office, the report of civil
servants below the yearly target (with CSV/XLSX downloads), and the printable PDF
summary of a cohort."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.exports import EXPORT_FORMATS, download_response
from courses.models import Cohort, Enrolment, Office
from courses.permissions import (
    can_run_cohort,
    is_trainer,
    monitoring_office_required,
    office_of,
)
from courses.report_pdf import (
    ReportParticipant,
    ReportTotals,
    render_cohort_summary_pdf,
)
from courses.selectors.ledger import (
    JP_TARGET_PER_YEAR,
    cohort_report_for,
    jp_below_target_for,
    jp_below_target_rows,
    jp_ledger_for,
    jp_ledger_rows,
    learner_get_for_office,
    profile_search_for_office,
)
from courses.selectors.monitoring import cohort_get_for_office
from courses.selectors.results import normalised_gain

# Years an office may choose in the report: from the first cohorts to next year.
FIRST_YEAR = 2020


def _chosen_year(request: HttpRequest) -> int:
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("tahun", this_year))
    except ValueError:
        return this_year
    return year if FIRST_YEAR <= year <= this_year + 1 else this_year


@login_required
def my_jp_ledger_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "courses/ledger/my_ledger.html",
        {"years": jp_ledger_for(learner=request.user), "target": JP_TARGET_PER_YEAR},
    )


def _ledger_header() -> list[str]:
    return [
        _("Year"),
        _("Course code"),
        _("Course"),
        _("Cohort"),
        _("First day"),
        _("Last day"),
        _("JP"),
        _("Total JP of the year"),
    ]


@login_required
def my_jp_ledger_export_view(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in EXPORT_FORMATS:
        raise Http404
    return download_response(
        fmt=fmt,
        name="jp-saya",
        sheet_title=_("JP ledger"),
        header=_ledger_header(),
        rows=jp_ledger_rows(learner=request.user),
    )


@monitoring_office_required
def office_jp_report_view(request: HttpRequest, *, office: Office) -> HttpResponse:
    year = _chosen_year(request)
    page = Paginator(jp_below_target_for(office=office, year=year), 50).get_page(
        request.GET.get("halaman")
    )
    query = request.GET.get("cari", "")
    this_year = timezone.localdate().year
    return render(
        request,
        "courses/ledger/office_report.html",
        {
            "office": office,
            "year": year,
            "years": range(this_year + 1, FIRST_YEAR - 1, -1),
            "target": JP_TARGET_PER_YEAR,
            "page": page,
            "pager_query": f"tahun={year}&",
            "query": query,
            "found": profile_search_for_office(office=office, query=query),
        },
    )


@monitoring_office_required
def office_jp_report_export_view(
    request: HttpRequest, fmt: str, *, office: Office
) -> HttpResponse:
    year = _chosen_year(request)
    header = [
        _("Name"),
        _("NIP"),
        _("Institution"),
        _("Region code"),
        _("JP in %(year)s") % {"year": year},
        _("Shortfall (JP)"),
    ]
    if fmt not in EXPORT_FORMATS:
        raise Http404
    return download_response(
        fmt=fmt,
        name=f"jp-di-bawah-target-{year}-{office.scope_prefix or 'nasional'}",
        sheet_title=f"JP {year}",
        header=header,
        rows=jp_below_target_rows(office=office, year=year),
    )


@monitoring_office_required
def office_person_ledger_view(
    request: HttpRequest, learner_id: int, *, office: Office
) -> HttpResponse:
    learner = learner_get_for_office(office=office, learner_id=learner_id)
    if learner is None:
        raise Http404
    return render(
        request,
        "courses/ledger/person_ledger.html",
        {
            "office": office,
            "person": learner,
            "years": jp_ledger_for(learner=learner),
            "target": JP_TARGET_PER_YEAR,
        },
    )


@monitoring_office_required
def office_person_ledger_export_view(
    request: HttpRequest, learner_id: int, fmt: str, *, office: Office
) -> HttpResponse:
    if fmt not in EXPORT_FORMATS:
        raise Http404
    learner = learner_get_for_office(office=office, learner_id=learner_id)
    if learner is None:
        raise Http404
    return download_response(
        fmt=fmt,
        name=f"jp-peserta-{learner.pk}",
        sheet_title=_("JP ledger"),
        header=_ledger_header(),
        rows=jp_ledger_rows(learner=learner),
    )


def _printed_name(user) -> str:
    profile = getattr(user, "profile", None)
    return (profile and profile.full_name) or user.get_username()


def _institution_name(user) -> str:
    profile = getattr(user, "profile", None)
    return profile.institution.name if profile and profile.institution else ""


@login_required
def cohort_report_pdf_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """The cohort's printable summary: every participant for its trainers, the
    office's own learners for an office (a cohort outside its scope is a 404)."""
    cohort = get_object_or_404(
        Cohort.objects.select_related("course", "organiser__institution"), pk=cohort_id
    )
    if is_trainer(request.user) and can_run_cohort(request.user, cohort):
        office = None
    else:
        office = office_of(request.user)
        if (
            office is None
            or cohort_get_for_office(office=office, cohort_id=cohort.pk) is None
        ):
            raise Http404
    report = cohort_report_for(cohort=cohort, office=office)
    statuses = dict(Enrolment.Status.choices)
    with translation.override("id"):
        participants = [
            ReportParticipant(
                name=_printed_name(e.learner),
                institution=_institution_name(e.learner),
                attendance_percent=e.attendance_percent,
                pre_percent=e.pre_percent,
                post_percent=e.post_percent,
                status=str(statuses[e.status]),
                gain=normalised_gain(e.pre_percent, e.post_percent),
            )
            for e in report.enrolments
        ]
        # The report goes into Indonesian office reports, whatever the page language.
        scope = (
            _("Participants from the region of %(office)s") % {"office": office}
            if office
            else _("All participants")
        )
    totals = report.totals
    pdf = render_cohort_summary_pdf(
        course_title=cohort.course.title,
        course_code=cohort.course.code,
        jp=cohort.course.jp,
        cohort_title=cohort.title,
        starts_on=cohort.starts_on,
        ends_on=cohort.ends_on,
        place=cohort.venue if not cohort.is_online else "Daring",
        time_zone=cohort.zone_abbreviation,
        trainers=report.trainers,
        scope=scope,
        totals=ReportTotals(
            nominated=totals.nominated,
            approved=totals.approved,
            attended=totals.attended,
            completed=totals.completed,
            certificates=totals.certificates,
            pre_avg=totals.pre_avg,
            post_avg=totals.post_avg,
            gain=totals.gain,
        ),
        participants=participants,
        printed_at=timezone.localtime(),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="ringkasan-{cohort.course.code}-{cohort.pk}.pdf"'
    )
    return response
