"""The JP ledger: a learner's own, a person's for their office, the report of civil
servants below the yearly target (with CSV/XLSX downloads), and the printable PDF
summary of a cohort."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.exports import csv_response, xlsx_response
from courses.models import Office
from courses.permissions import office_required
from courses.selectors.ledger import (
    JP_TARGET_PER_YEAR,
    jp_below_target_for,
    jp_below_target_rows,
    jp_ledger_for,
    learner_get_for_office,
    profile_search_for_office,
)

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


@office_required
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


@office_required
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
    rows = jp_below_target_rows(office=office, year=year)
    filename = f"jp-di-bawah-target-{year}-{office.scope_prefix or 'nasional'}"
    if fmt == "csv":
        return csv_response(filename=f"{filename}.csv", header=header, rows=rows)
    if fmt == "xlsx":
        return xlsx_response(
            filename=f"{filename}.xlsx",
            sheet_title=f"JP {year}",
            header=header,
            rows=rows,
        )
    raise Http404


@office_required
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
