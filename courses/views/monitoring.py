"""Monitoring pages of a DPK office (/dpk/pantauan/): the dashboard with its filters,
charts and tables, a chart per breakdown, drill-down to a cohort and to a learner,
and CSV/XLSX exports of every table. Every read goes through
courses.selectors.monitoring, which keeps the office inside its region; anything
outside it is a 404."""

from collections.abc import Iterable, Sequence

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from courses.charts import Series, bar_chart_svg, line_chart_svg
from courses.exports import EXPORT_FORMATS, download_response
from courses.forms_monitoring import DashboardFilterForm
from courses.models import Enrolment, Institution, Office, Profile
from courses.permissions import monitoring_office_required
from courses.selectors.engagement import (
    EngagementSummary,
    EngagementTotals,
    engagement_summary_for,
)
from courses.selectors.monitoring import (
    BREAKDOWNS,
    ENROLMENT_EXPORT_FIELDS,
    BreakdownRow,
    Figures,
    MonthRow,
    breakdown_for,
    cohort_enrolment_rows,
    cohort_get_for_office,
    cohort_roster_for_office,
    dashboard_enrolment_rows,
    dashboard_for,
    learner_enrolment_rows,
    learner_get_for_office,
    learner_record_for_office,
    months_for,
    totals_for,
)

# --- labels (translated when a page or file is made) ----------------------------


def breakdown_titles() -> dict[str, str]:
    return {
        "course": _("By course"),
        "cohort": _("By cohort"),
        "region": _("By regency/city"),
        "institution_type": _("By institution type"),
        "sex": _("By sex"),
    }


def _breakdown_title(office: Office, breakdown: str) -> str:
    if breakdown == "region" and not office.scope_prefix:
        return _("By province")
    return breakdown_titles()[breakdown]


def metric_labels() -> dict[str, str]:
    return {
        "nominated": _("Nominated"),
        "approved": _("Approved"),
        "attended": _("Attended (≥ minimum)"),
        "completed": _("Completed"),
        "certificates": _("Certificates"),
        "pre_avg": _("Average pre-test %"),
        "post_avg": _("Average post-test %"),
    }


COUNT_METRICS = ("nominated", "approved", "attended", "completed", "certificates")
SCORE_METRICS = ("pre_avg", "post_avg")


def _breakdown_header(office: Office, breakdown: str) -> list[str]:
    labels = metric_labels()
    first = {
        "course": _("Course"),
        "cohort": _("Cohort"),
        "region": _("Province") if not office.scope_prefix else _("Regency/city"),
        "institution_type": _("Institution type"),
        "sex": _("Sex"),
    }[breakdown]
    return [
        first,
        *(labels[m] for m in COUNT_METRICS),
        labels["pre_avg"],
        labels["post_avg"],
        _("Normalised gain"),
    ]


def _breakdown_rows(rows: Iterable[BreakdownRow]) -> Iterable[tuple]:
    for row in rows:
        f = row.figures
        yield (
            row.label,
            f.nominated,
            f.approved,
            f.attended,
            f.completed,
            f.certificates,
            f.pre_avg,
            f.post_avg,
            f.gain,
        )


def _month_header() -> list[str]:
    return [_("Month"), _("Enrolments"), _("Completions")]


def _month_rows(months: Iterable[MonthRow]) -> Iterable[tuple]:
    for row in months:
        yield (row.month.strftime("%Y-%m"), row.enrolments, row.completions)


def _totals_header() -> list[str]:
    return [_("Figure"), _("Value")]


def _totals_rows(figures: Figures) -> list[tuple]:
    """The dashboard's totals cards as a two-column table, rates included."""
    labels = metric_labels()
    return [
        (labels["nominated"], figures.nominated),
        (labels["approved"], figures.approved),
        (_("Approved, % of nominated"), figures.approved_rate),
        (labels["attended"], figures.attended),
        (_("Attended, % of approved"), figures.attended_rate),
        (labels["completed"], figures.completed),
        (_("Completed, % of approved"), figures.completed_rate),
        (labels["certificates"], figures.certificates),
        (_("Certificates, % of completed"), figures.certificate_rate),
        (labels["pre_avg"], figures.pre_avg),
        (labels["post_avg"], figures.post_avg),
        (_("Normalised gain"), figures.gain),
    ]


def _engagement_header() -> list[str]:
    return [
        _("Month"),
        _("Activities"),
        _("Male participants"),
        _("Female participants"),
        _("Children (under 18)"),
        _("Adults (18-59)"),
        _("Elderly (60+)"),
        _("Participants with a disability"),
    ]


def _engagement_rows(summary: EngagementSummary) -> Iterable[tuple]:
    """The engagement card's months, then its totals."""

    def counts(group: EngagementTotals) -> tuple:
        return (
            group.activities,
            group.participants_male,
            group.participants_female,
            group.participants_children,
            group.participants_adults,
            group.participants_elderly,
            group.participants_disability,
        )

    for month in summary.months:
        yield (month.month.strftime("%Y-%m"), *counts(month))
    yield (_("Total"), *counts(summary.totals))


def _enrolment_header() -> list[str]:
    names = {
        "learner__profile__full_name": _("Name"),
        "learner__profile__nip": _("NIP"),
        "learner__profile__sex": _("Sex"),
        "learner__profile__institution__name": _("Institution"),
        "learner__profile__institution__type": _("Institution type"),
        "learner__profile__institution__region_id": _("Region code"),
        "cohort__course__code": _("Course"),
        "cohort__title": _("Cohort"),
        "cohort__starts_on": _("First day"),
        "status": _("Status"),
        "attendance_percent": _("Attendance %"),
        "lessons_done": _("Required lessons done"),
        "pre_percent": _("Pre-test %"),
        "post_percent": _("Post-test %"),
        "certificate_number": _("Certificate number"),
    }
    return [names[field] for field in ENROLMENT_EXPORT_FIELDS]


def _enrolment_rows(rows: Iterable[tuple]) -> Iterable[tuple]:
    """Export rows with codes turned into words (sex, institution type, status) and
    attendance rounded to one decimal."""
    # Translated once per file, not once per row.
    sexes = {code: str(label) for code, label in Profile.Sex.choices}
    types = {code: str(label) for code, label in Institution.Type.choices}
    statuses = {code: str(label) for code, label in Enrolment.Status.choices}
    sex_at = ENROLMENT_EXPORT_FIELDS.index("learner__profile__sex")
    type_at = ENROLMENT_EXPORT_FIELDS.index("learner__profile__institution__type")
    status_at = ENROLMENT_EXPORT_FIELDS.index("status")
    percent_at = ENROLMENT_EXPORT_FIELDS.index("attendance_percent")
    for row in rows:
        row = list(row)
        row[sex_at] = sexes.get(row[sex_at], row[sex_at] or "")
        row[type_at] = types.get(row[type_at], row[type_at] or "")
        row[status_at] = statuses.get(row[status_at], row[status_at])
        if row[percent_at] is not None:
            row[percent_at] = round(row[percent_at], 1)
        yield row


# --- charts ---------------------------------------------------------------------


def _breakdown_chart(
    office: Office, breakdown: str, rows: list[BreakdownRow], metrics: Sequence[str]
):
    labels = metric_labels()
    title = _breakdown_title(office, breakdown)
    return bar_chart_svg(
        chart_id=f"chart-{breakdown}",
        title=title,
        description=_("%(metrics)s for each group; the same figures are in the table.")
        % {"metrics": ", ".join(labels[m] for m in metrics)},
        labels=[row.label for row in rows],
        series=[
            Series(labels[m], [getattr(row.figures, m) for row in rows])
            for m in metrics
        ],
        maximum=100 if metrics[0] in SCORE_METRICS else None,
    )


def _months_chart(months: list[MonthRow]):
    return line_chart_svg(
        chart_id="chart-months",
        title=_("Enrolments and completions per month"),
        description=_(
            "Enrolments by the month they were requested and completions by the "
            "month they were recorded; the same figures are in the table."
        ),
        labels=[row.month.strftime("%m/%y") for row in months],
        series=[
            Series(_("Enrolments"), [row.enrolments for row in months]),
            Series(_("Completions"), [row.completions for row in months]),
        ],
    )


# A province has hundreds of cohorts: the dashboard shows the largest groups of
# each breakdown, a chart page charts the largest by its figure and tables them all.
DASHBOARD_ROWS = 12
CHART_BARS = 30


def _largest(rows: list[BreakdownRow], metric: str, limit: int) -> list[BreakdownRow]:
    """The ``limit`` rows with the highest ``metric``, in their original order."""
    if len(rows) <= limit:
        return rows
    ranked = sorted(
        range(len(rows)),
        key=lambda i: getattr(rows[i].figures, metric) or 0,
        reverse=True,
    )
    return [rows[i] for i in sorted(ranked[:limit])]


def _filters(request: HttpRequest, office: Office):
    form = DashboardFilterForm(request.GET or None, office=office)
    return form, form.filters()


# --- pages ------------------------------------------------------------------------


@monitoring_office_required
def monitoring_dashboard_view(request: HttpRequest, *, office: Office) -> HttpResponse:
    form, filters = _filters(request, office)
    dashboard = dashboard_for(office=office, filters=filters)
    sections = [
        {
            "name": name,
            "slug": TABLE_SLUGS[name],
            "title": _breakdown_title(office, name),
            "header": _breakdown_header(office, name),
            "rows": _largest(dashboard.breakdowns[name], "nominated", DASHBOARD_ROWS),
            "total_rows": len(dashboard.breakdowns[name]),
            "chart": _breakdown_chart(
                office,
                name,
                _largest(dashboard.breakdowns[name], "nominated", DASHBOARD_ROWS),
                ("nominated", "completed"),
            ),
        }
        for name in BREAKDOWNS
    ]
    return render(
        request,
        "courses/monitoring/dashboard.html",
        {
            "office": office,
            "form": form,
            "query": form.query_string(),
            "dashboard": dashboard,
            "totals": dashboard.totals,
            "sections": sections,
            "months_chart": _months_chart(dashboard.months),
            "month_header": _month_header(),
            "engagement": engagement_summary_for(office=office, filters=filters),
        },
    )


@monitoring_office_required
def monitoring_chart_view(
    request: HttpRequest, breakdown: str, *, office: Office
) -> HttpResponse:
    if breakdown not in BREAKDOWNS:
        raise Http404
    form, filters = _filters(request, office)
    metric = request.GET.get("ukuran", "nominated")
    if metric not in metric_labels():
        metric = "nominated"
    rows = breakdown_for(office=office, filters=filters, breakdown=breakdown)
    return render(
        request,
        "courses/monitoring/chart.html",
        {
            "office": office,
            "form": form,
            "query": form.query_string(),
            "breakdown": breakdown,
            "slug": TABLE_SLUGS[breakdown],
            "title": _breakdown_title(office, breakdown),
            "metric": metric,
            "metrics": metric_labels(),
            "chart": _breakdown_chart(
                office, breakdown, _largest(rows, metric, CHART_BARS), (metric,)
            ),
            "chart_rows": min(len(rows), CHART_BARS),
            "header": _breakdown_header(office, breakdown),
            "rows": rows,
        },
    )


@monitoring_office_required
def monitoring_cohort_view(
    request: HttpRequest, cohort_id: int, *, office: Office
) -> HttpResponse:
    cohort = cohort_get_for_office(office=office, cohort_id=cohort_id)
    if cohort is None:
        raise Http404
    roster = cohort_roster_for_office(office=office, cohort=cohort)
    return render(
        request,
        "courses/monitoring/cohort.html",
        {"office": office, "cohort": cohort, "roster": roster},
    )


@monitoring_office_required
def monitoring_learner_view(
    request: HttpRequest, learner_id: int, *, office: Office
) -> HttpResponse:
    learner = learner_get_for_office(office=office, learner_id=learner_id)
    if learner is None:
        raise Http404
    record = learner_record_for_office(office=office, learner=learner)
    return render(
        request,
        "courses/monitoring/learner.html",
        {"office": office, "learner": learner, "record": record},
    )


# --- exports ----------------------------------------------------------------------

# The dashboard's tables by their name in the URL.
TABLES = {
    "ringkasan": "totals",
    "pelatihan": "course",
    "angkatan": "cohort",
    "wilayah": "region",
    "jenis-instansi": "institution_type",
    "jenis-kelamin": "sex",
    "bulan": "months",
    "peserta": "enrolments",
    "kegiatan": "engagement",
}
TABLE_SLUGS = {table: slug for slug, table in TABLES.items()}


@monitoring_office_required
def monitoring_export_view(
    request: HttpRequest, table: str, fmt: str, *, office: Office
) -> HttpResponse:
    if table not in TABLES or fmt not in EXPORT_FORMATS:
        raise Http404
    _form, filters = _filters(request, office)
    kind = TABLES[table]
    name = f"pantauan-{table}"
    if kind == "months":
        months = months_for(office=office, filters=filters)
        return download_response(
            fmt=fmt,
            name=name,
            sheet_title=_("Per month"),
            header=_month_header(),
            rows=_month_rows(months),
        )
    if kind == "totals":
        return download_response(
            fmt=fmt,
            name=name,
            sheet_title=_("Totals"),
            header=_totals_header(),
            rows=_totals_rows(totals_for(office=office, filters=filters)),
        )
    if kind == "engagement":
        summary = engagement_summary_for(office=office, filters=filters)
        return download_response(
            fmt=fmt,
            name=name,
            sheet_title=_("Community activities"),
            header=_engagement_header(),
            rows=_engagement_rows(summary),
        )
    if kind == "enrolments":
        return download_response(
            fmt=fmt,
            name=name,
            sheet_title=_("Participants"),
            header=_enrolment_header(),
            rows=_enrolment_rows(
                dashboard_enrolment_rows(office=office, filters=filters)
            ),
        )
    rows = breakdown_for(office=office, filters=filters, breakdown=kind)
    return download_response(
        fmt=fmt,
        name=name,
        sheet_title=_breakdown_title(office, kind),
        header=_breakdown_header(office, kind),
        rows=_breakdown_rows(rows),
    )


@monitoring_office_required
def monitoring_cohort_export_view(
    request: HttpRequest, cohort_id: int, fmt: str, *, office: Office
) -> HttpResponse:
    if fmt not in EXPORT_FORMATS:
        raise Http404
    cohort = cohort_get_for_office(office=office, cohort_id=cohort_id)
    if cohort is None:
        raise Http404
    rows = cohort_enrolment_rows(office=office, cohort=cohort)
    return download_response(
        fmt=fmt,
        name=f"angkatan-{cohort.pk}",
        sheet_title=_("Cohort"),
        header=_enrolment_header(),
        rows=_enrolment_rows(rows),
    )


@monitoring_office_required
def monitoring_learner_export_view(
    request: HttpRequest, learner_id: int, fmt: str, *, office: Office
) -> HttpResponse:
    if fmt not in EXPORT_FORMATS:
        raise Http404
    learner = learner_get_for_office(office=office, learner_id=learner_id)
    if learner is None:
        raise Http404
    rows = learner_enrolment_rows(office=office, learner=learner)
    return download_response(
        fmt=fmt,
        name=f"peserta-{learner.pk}",
        sheet_title=_("Participant"),
        header=_enrolment_header(),
        rows=_enrolment_rows(rows),
    )
