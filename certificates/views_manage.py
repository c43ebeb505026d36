"""Certificate pages for the people who hand them out and receive them.

- Trainers (who run the cohort; administrators all): the cohort's certificates with
  bulk issue and reissue as Celery tasks and a progress bar, a zip of the PDFs, one
  PDF for printing, and per certificate revoke / reissue with a reason.
- Learners: their own certificates (/saya/sertifikat/) and downloads.
- Offices: certificates of learners in their region (/dpk/sertifikat/), filters,
  CSV/XLSX export, downloads within scope.

PDFs are only served by these views after the permission check (never a public
media address). A certificate someone may not see is a 404, as if it did not exist.
"""

from collections.abc import Callable, Iterator
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from certificates.bundles import (
    certificate_filename,
    cohort_certificates_combined_pdf,
    cohort_certificates_zip,
)
from certificates.exceptions import CertificatesError, TemplateInvalid
from certificates.forms_manage import (
    CertificateTemplateForm,
    OfficeCertificateFilterForm,
    ReasonForm,
    SignatoryFormSet,
    UndoRevocationForm,
)
from certificates.models import Certificate, CertificateBatch, CertificateTemplate
from certificates.selectors import (
    certificate_list_for_learner,
    cohort_certificate_progress,
)
from certificates.selectors_manage import (
    certificate_get_for_learner,
    certificate_get_for_region,
    certificate_get_for_runner,
    certificate_list_for_office,
    certificate_rows_for_cohort,
    certificate_template_list_for_editor,
)
from certificates.services import (
    certificate_batch_start,
    certificate_data_is_current,
    certificate_reissue,
    certificate_revoke,
    certificate_template_save,
)
from certificates.verification import verification_url
from courses.exports import EXPORT_FORMATS, download_response
from courses.models import Cohort
from courses.permissions import can_run_cohort, office_of, trainer_required

S = Certificate.Status


def _cohort_run_by(request: HttpRequest, cohort_id: int) -> Cohort:
    cohort = get_object_or_404(
        Cohort.objects.select_related("course", "organiser__institution"),
        pk=cohort_id,
    )
    if not can_run_cohort(request.user, cohort):
        raise PermissionDenied
    return cohort


def _pdf_response(certificate: Certificate) -> FileResponse:
    """The stored PDF as an attachment, never cached by a shared proxy."""
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=certificate_filename(certificate),
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _downloadable(certificate: Certificate | None) -> Certificate:
    """Only a valid certificate whose PDF is stored is handed out; anything else
    is a 404 (a revoked certificate is never printed again)."""
    if certificate is None or certificate.status != S.VALID:
        raise Http404
    if not certificate.is_rendered:
        raise Http404
    return certificate


# --- Trainer: a cohort's certificates -------------------------------------------


def _cohort_page(
    request: HttpRequest,
    cohort: Cohort,
    *,
    reissue_form: ReasonForm | None = None,
    status: int = 200,
) -> HttpResponse:
    rows = certificate_rows_for_cohort(cohort=cohort)
    progress = cohort_certificate_progress(cohort=cohort)
    return render(
        request,
        "certificates/manage/cohort.html",
        {
            "cohort": cohort,
            "rows": rows,
            "progress": progress,
            "valid_count": sum(
                1 for row in rows if row.certificate and row.certificate.is_valid
            ),
            "reissue_form": reissue_form or ReasonForm(prefix="semua"),
            "statuses": S,
        },
        status=status,
    )


@require_GET
@trainer_required
def cohort_certificates_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort_run_by(request, cohort_id)
    return _cohort_page(request, cohort)


@require_GET
@trainer_required
def cohort_certificates_progress_view(
    request: HttpRequest, cohort_id: int
) -> HttpResponse:
    """The progress bar alone, polled by htmx every 2 s until done; when it gets
    there the whole page reloads to show the new certificates."""
    cohort = _cohort_run_by(request, cohort_id)
    progress = cohort_certificate_progress(cohort=cohort)
    response = render(
        request,
        "certificates/manage/_progress.html",
        {"cohort": cohort, "progress": progress, "polling": True},
    )
    if progress.done and request.headers.get("HX-Request"):
        response["HX-Refresh"] = "true"
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@trainer_required
def cohort_certificates_issue_view(
    request: HttpRequest, cohort_id: int
) -> HttpResponse:
    """Issue the certificates of every completed enrolment, by a Celery task."""
    cohort = _cohort_run_by(request, cohort_id)
    certificate_batch_start(
        cohort=cohort, kind=CertificateBatch.Kind.ISSUE, by=request.user
    )
    messages.info(
        request,
        _("Issuing the certificates has started; the PDFs follow one by one."),
    )
    return redirect("certificates_manage:cohort", cohort_id=cohort.pk)


@require_POST
@trainer_required
def cohort_certificates_reissue_view(
    request: HttpRequest, cohort_id: int
) -> HttpResponse:
    """Reissue the certificates whose printed data changed (after a correction)."""
    cohort = _cohort_run_by(request, cohort_id)
    form = ReasonForm(request.POST, prefix="semua")
    if not form.is_valid():
        return _cohort_page(request, cohort, reissue_form=form, status=400)
    certificate_batch_start(
        cohort=cohort,
        kind=CertificateBatch.Kind.REISSUE,
        by=request.user,
        reason=form.cleaned_data["reason"],
    )
    messages.info(
        request,
        _(
            "Reissuing has started: certificates whose data changed get a new "
            "verification code and PDF, with the same number. Revoked certificates "
            "are left as they are."
        ),
    )
    return redirect("certificates_manage:cohort", cohort_id=cohort.pk)


@require_GET
@trainer_required
def cohort_certificates_zip_view(request: HttpRequest, cohort_id: int) -> FileResponse:
    cohort = _cohort_run_by(request, cohort_id)
    archive = cohort_certificates_zip(cohort=cohort)
    response = FileResponse(
        archive,
        as_attachment=True,
        filename=f"sertifikat-{cohort.course.code}-{cohort.pk}.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@trainer_required
def cohort_certificates_print_view(
    request: HttpRequest, cohort_id: int
) -> FileResponse:
    """All valid certificates of the cohort in one PDF, for printing."""
    cohort = _cohort_run_by(request, cohort_id)
    combined, _count = cohort_certificates_combined_pdf(cohort=cohort)
    response = FileResponse(
        combined,
        as_attachment=True,
        filename=f"sertifikat-{cohort.course.code}-{cohort.pk}-cetak.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


# --- Trainer: one certificate ----------------------------------------------------


def _certificate_for_runner(request: HttpRequest, certificate_id: int) -> Certificate:
    certificate = certificate_get_for_runner(
        user=request.user, certificate_id=certificate_id
    )
    if certificate is None:
        raise Http404
    return certificate


def _reissue_form(certificate: Certificate, data=None) -> ReasonForm:
    """Reissuing a revoked certificate makes it valid again: its form asks for an
    explicit confirmation that the revocation was a mistake."""
    form_class = UndoRevocationForm if certificate.status == S.REVOKED else ReasonForm
    return form_class(data, prefix="ulang")


def _certificate_page(
    request: HttpRequest,
    certificate: Certificate,
    *,
    revoke_form: ReasonForm | None = None,
    reissue_form: ReasonForm | None = None,
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "certificates/manage/certificate.html",
        {
            "certificate": certificate,
            "cohort": certificate.enrolment.cohort,
            "events": certificate.events.select_related("actor__profile"),
            "history": Certificate.objects.filter(
                enrolment=certificate.enrolment, status=S.REPLACED
            ).order_by("-issued_at"),
            "data_is_current": certificate_data_is_current(certificate=certificate),
            "revoke_form": revoke_form or ReasonForm(prefix="cabut"),
            "reissue_form": reissue_form or _reissue_form(certificate),
            "verify_url": verification_url(certificate.code),
        },
        status=status,
    )


@require_GET
@trainer_required
def certificate_manage_view(request: HttpRequest, certificate_id: int) -> HttpResponse:
    certificate = _certificate_for_runner(request, certificate_id)
    return _certificate_page(request, certificate)


@require_POST
@trainer_required
def certificate_revoke_view(request: HttpRequest, certificate_id: int) -> HttpResponse:
    certificate = _certificate_for_runner(request, certificate_id)
    form = ReasonForm(request.POST, prefix="cabut")
    if not form.is_valid():
        return _certificate_page(request, certificate, revoke_form=form, status=400)
    try:
        certificate_revoke(
            certificate=certificate, reason=form.cleaned_data["reason"], by=request.user
        )
    except CertificatesError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("Certificate %(number)s was revoked.") % {"number": certificate}
        )
    return redirect("certificates_manage:certificate", certificate_id=certificate.pk)


@require_POST
@trainer_required
def certificate_reissue_view(request: HttpRequest, certificate_id: int) -> HttpResponse:
    certificate = _certificate_for_runner(request, certificate_id)
    form = _reissue_form(certificate, request.POST)
    if not form.is_valid():
        return _certificate_page(request, certificate, reissue_form=form, status=400)
    try:
        new = certificate_reissue(
            certificate=certificate,
            by=request.user,
            reason=form.cleaned_data["reason"],
            undo_revocation=bool(form.cleaned_data.get("undo_revocation")),
        )
    except CertificatesError as error:
        messages.error(request, error.message)
        return redirect(
            "certificates_manage:certificate", certificate_id=certificate.pk
        )
    messages.success(
        request,
        _("Certificate %(number)s was reissued with a new verification code.")
        % {"number": new},
    )
    return redirect("certificates_manage:certificate", certificate_id=new.pk)


@require_GET
@trainer_required
def certificate_runner_pdf_view(
    request: HttpRequest, certificate_id: int
) -> FileResponse:
    certificate = _downloadable(
        certificate_get_for_runner(user=request.user, certificate_id=certificate_id)
    )
    return _pdf_response(certificate)


# --- Learner ---------------------------------------------------------------------


@require_GET
@login_required
def my_certificates_view(request: HttpRequest) -> HttpResponse:
    certificates = certificate_list_for_learner(learner=request.user)
    return render(
        request,
        "certificates/manage/my_certificates.html",
        {
            "certificates": [
                (certificate, verification_url(certificate.code))
                for certificate in certificates
            ]
        },
    )


@require_GET
@login_required
def my_certificate_pdf_view(request: HttpRequest, certificate_id: int) -> FileResponse:
    """The learner's own PDF; someone else's certificate is a 404."""
    certificate = _downloadable(
        certificate_get_for_learner(learner=request.user, certificate_id=certificate_id)
    )
    return _pdf_response(certificate)


# --- Office ----------------------------------------------------------------------


def certificate_office_required(
    view: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """Login and an office behind the user; its region prefix is passed as
    ``prefix`` ("" for a national office, and for an administrator without one)."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        office = office_of(request.user)
        if office is None and not request.user.is_superuser:
            raise PermissionDenied
        prefix = office.scope_prefix if office is not None else ""
        return view(request, *args, office=office, prefix=prefix, **kwargs)

    return wrapped


def _status_label(certificate: Certificate) -> str:
    return str(certificate.get_status_display())


@require_GET
@certificate_office_required
def office_certificates_view(
    request: HttpRequest, *, office, prefix: str
) -> HttpResponse:
    form = OfficeCertificateFilterForm(request.GET or None, prefix_code=prefix)
    certificates = certificate_list_for_office(prefix=prefix, filters=form.filters())
    page = Paginator(certificates, 50).get_page(request.GET.get("halaman"))
    query = request.GET.copy()
    query.pop("halaman", None)
    return render(
        request,
        "certificates/manage/office.html",
        {
            "office": office,
            "form": form,
            "page": page,
            "query": query.urlencode(),
        },
    )


def _export_header() -> list[str]:
    return [
        _("Number"),
        _("Name"),
        _("NIP"),
        _("Institution"),
        _("Course"),
        _("Cohort"),
        _("First day"),
        _("Last day"),
        _("JP"),
        _("Status"),
        _("Issued at"),
        _("Revoked at"),
        _("Reason for revocation"),
        _("Verification address"),
    ]


def _export_rows(certificates) -> Iterator[list]:
    for certificate in certificates.iterator(chunk_size=500):
        data = certificate.data
        yield [
            certificate.number,
            data.get("name", ""),
            data.get("nip", ""),
            data.get("institution", ""),
            data.get("course_title", ""),
            data.get("cohort_title", ""),
            data.get("starts_on", ""),
            data.get("ends_on", ""),
            data.get("jp", ""),
            _status_label(certificate),
            certificate.issued_at,
            certificate.revoked_at,
            certificate.revoked_reason,
            verification_url(certificate.code),
        ]


@require_GET
@certificate_office_required
def office_certificates_export_view(
    request: HttpRequest, fmt: str, *, office, prefix: str
) -> HttpResponse:
    if fmt not in EXPORT_FORMATS:
        raise Http404
    form = OfficeCertificateFilterForm(request.GET or None, prefix_code=prefix)
    certificates = certificate_list_for_office(prefix=prefix, filters=form.filters())
    return download_response(
        fmt=fmt,
        name="sertifikat",
        sheet_title=_("Certificates"),
        header=_export_header(),
        rows=_export_rows(certificates),
    )


@require_GET
@certificate_office_required
def office_certificate_pdf_view(
    request: HttpRequest, certificate_id: int, *, office, prefix: str
) -> FileResponse:
    certificate = _downloadable(
        certificate_get_for_region(prefix=prefix, certificate_id=certificate_id)
    )
    return _pdf_response(certificate)


# --- Templates (trainers for their cohorts, administrators for all) ------------


@require_GET
@trainer_required
def certificate_template_list_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "certificates/manage/template_list.html",
        {"templates": certificate_template_list_for_editor(user=request.user)},
    )


@require_http_methods(["GET", "POST"])
@trainer_required
def certificate_template_edit_view(
    request: HttpRequest, template_id: int | None = None
) -> HttpResponse:
    """Create or edit a template with its one to three signatories; every save goes
    through services.certificate_template_save (pattern, body and signatories
    checked there)."""
    if template_id is None:
        template = CertificateTemplate()
    else:
        template = get_object_or_404(
            certificate_template_list_for_editor(user=request.user), pk=template_id
        )
    bound = request.method == "POST"
    form = CertificateTemplateForm(
        request.POST if bound else None,
        request.FILES if bound else None,
        instance=template,
        user=request.user,
    )
    formset = SignatoryFormSet(
        request.POST if bound else None,
        request.FILES if bound else None,
        instance=template,
        prefix="penandatangan",
    )
    if bound and form.is_valid() and formset.is_valid():
        signatories = [
            f.save(commit=False)
            for f in formset.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        try:
            saved = certificate_template_save(
                template=form.save(commit=False),
                signatories=signatories,
                by=request.user,
            )
        except TemplateInvalid as error:
            _add_template_errors(form, formset, error)
        else:
            messages.success(
                request, _("Template %(name)s saved.") % {"name": saved.name}
            )
            return redirect(reverse("certificates_manage:template_list"))
    return render(
        request,
        "certificates/manage/template_form.html",
        {"form": form, "formset": formset, "template": template},
        status=400 if bound else 200,
    )


def _add_template_errors(form, formset, error: TemplateInvalid) -> None:
    errors = error.errors if isinstance(error.errors, dict) else {None: error.errors}
    for field, messages_ in errors.items():
        if field == "signatories":
            formset._non_form_errors = formset.error_class(
                [_("A certificate has one to three signatories.")]
            )
            continue
        target = field if field in form.fields else None
        for message in messages_ if isinstance(messages_, list) else [messages_]:
            form.add_error(target, message)
