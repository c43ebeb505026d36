"""Views of results for a cohort's trainers: the gradebook (with CSV and XLSX
downloads) and the item analysis of each assessment."""

from collections.abc import Iterator

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from courses.exports import csv_response, xlsx_response
from courses.models import Cohort
from courses.permissions import can_run_cohort, trainer_required
from courses.selectors.results import (
    DISCRIMINATION_BELOW,
    EASY_ABOVE,
    HARD_BELOW,
    Gradebook,
    assessment_list_for_results,
    gradebook_for,
    item_analysis_for,
)


def _cohort_run_by(request: HttpRequest, cohort_id: int) -> Cohort:
    cohort = get_object_or_404(Cohort.objects.select_related("course"), pk=cohort_id)
    if not can_run_cohort(request.user, cohort):
        raise PermissionDenied
    return cohort


@require_GET
@trainer_required
def gradebook_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort_run_by(request, cohort_id)
    return render(
        request,
        "courses/results/gradebook.html",
        {"cohort": cohort, "gradebook": gradebook_for(cohort=cohort)},
    )


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return _("Yes") if value else _("No")


def gradebook_table(gradebook: Gradebook) -> tuple[list[str], Iterator[list]]:
    """Header and rows of the gradebook as a flat table (the downloads)."""
    header = [_("Learner"), _("Institution"), _("Status")]
    for assessment in gradebook.assessments:
        header += [
            f"{assessment.title} (%)",
            f"{assessment.title}: {_('passed')}",
            f"{assessment.title}: {_('attempts')}",
        ]
    header += [
        _("Learning gain: pre-test (%)"),
        _("Learning gain: post-test (%)"),
        _("Normalised gain"),
    ]

    def rows() -> Iterator[list]:
        for row in gradebook.rows:
            line: list[object] = [
                row.learner_name,
                row.institution,
                row.enrolment.get_status_display(),
            ]
            for cell in row.cells:
                line += [cell.percent, _yes_no(cell.passed), cell.attempts_used]
            line += [row.pre_percent, row.post_percent, row.gain]
            yield line

    return header, rows()


@require_GET
@trainer_required
def gradebook_export_view(
    request: HttpRequest, cohort_id: int, file_format: str
) -> HttpResponse:
    cohort = _cohort_run_by(request, cohort_id)
    if file_format not in ("csv", "xlsx"):
        raise Http404
    header, rows = gradebook_table(gradebook_for(cohort=cohort))
    name = slugify(f"rekap-nilai-{cohort.course.code}-{cohort.title}")
    if file_format == "csv":
        return csv_response(filename=f"{name}.csv", header=header, rows=rows)
    return xlsx_response(
        filename=f"{name}.xlsx",
        sheet_title=_("Gradebook"),
        header=header,
        rows=rows,
    )


@require_GET
@trainer_required
def item_analysis_view(
    request: HttpRequest, cohort_id: int, assessment_id: int | None = None
) -> HttpResponse:
    cohort = _cohort_run_by(request, cohort_id)
    assessments = assessment_list_for_results(cohort=cohort)
    if assessment_id is None:
        assessment = assessments[0] if assessments else None
    else:
        assessment = next((a for a in assessments if a.pk == assessment_id), None)
        if assessment is None:
            raise Http404
    analysis = item_analysis_for(assessment=assessment) if assessment else None
    return render(
        request,
        "courses/results/item_analysis.html",
        {
            "cohort": cohort,
            "assessments": assessments,
            "assessment": assessment,
            "analysis": analysis,
            "thresholds": {
                "hard": HARD_BELOW,
                "easy": EASY_ABOVE,
                "discrimination": DISCRIMINATION_BELOW,
            },
        },
    )
