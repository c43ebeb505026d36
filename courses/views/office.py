"""Views for the office area: a DPK office nominates people from its region to open
cohorts, one by one or by a CSV/XLSX file (preview first, then all at once)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.tokens import default_token_generator
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import NoReverseMatch, reverse
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from courses.exceptions import CoursesError
from courses.forms_office import (
    AccountActivationForm,
    NominationForm,
    NominationUploadForm,
)
from courses.models import Cohort, NominationImport, Office, User
from courses.nominations_file import template_csv, template_xlsx
from courses.permissions import office_required
from courses.selectors.nominations import (
    cohort_list_open_for_office,
    nomination_import_get_for_office,
    nomination_import_list_for_office,
    nomination_preview_for,
    region_list_within,
)
from courses.services.nominations import (
    NominationRowInvalid,
    account_activate,
    nomination_import_cancel,
    nomination_import_confirm,
    nomination_import_preview,
    nomination_single_create,
)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _open_cohort(office: Office, cohort_id: int) -> Cohort:
    return get_object_or_404(cohort_list_open_for_office(office=office), pk=cohort_id)


def _import_of(office: Office, import_id: int) -> NominationImport:
    nomination_import = nomination_import_get_for_office(
        office=office, import_id=import_id
    )
    if nomination_import is None:
        raise Http404
    return nomination_import


@office_required
def office_home_view(request: HttpRequest, *, office: Office) -> HttpResponse:
    imports = Paginator(nomination_import_list_for_office(office=office), 20)
    return render(
        request,
        "courses/office/home.html",
        {
            "office": office,
            "cohorts": cohort_list_open_for_office(office=office),
            "imports": imports.get_page(request.GET.get("halaman")),
        },
    )


@office_required
def nomination_import_preview_view(
    request: HttpRequest, cohort_id: int, *, office: Office
) -> HttpResponse:
    cohort = _open_cohort(office, cohort_id)
    form = NominationUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            nomination_import = nomination_import_preview(
                office=office,
                cohort=cohort,
                actor=request.user,
                filename=form.cleaned_data["file"].name,
                rows=form.cleaned_data["rows"],
            )
        except CoursesError as error:
            messages.error(request, error.message)
            return redirect("courses:office_home")
        return redirect("courses:nomination_import", import_id=nomination_import.pk)
    return render(
        request,
        "courses/office/nomination_upload.html",
        {"office": office, "cohort": cohort, "form": form},
    )


@office_required
def nomination_single_create_view(
    request: HttpRequest, cohort_id: int, *, office: Office
) -> HttpResponse:
    cohort = _open_cohort(office, cohort_id)
    form = NominationForm(request.POST or None, office=office)
    if request.method == "POST" and form.is_valid():
        try:
            nomination_single_create(
                office=office,
                cohort=cohort,
                actor=request.user,
                values=form.cleaned_data,
            )
        except NominationRowInvalid as error:
            form.add_row_errors(error.errors)
        except CoursesError as error:
            messages.error(request, error.message)
            return redirect("courses:office_home")
        else:
            messages.success(
                request,
                _("%(name)s has been nominated to %(cohort)s.")
                % {"name": form.cleaned_data["nama_lengkap"], "cohort": cohort},
            )
            if "lagi" in request.POST:
                return redirect("courses:nomination_create", cohort_id=cohort.pk)
            return redirect("courses:office_home")
    return render(
        request,
        "courses/office/nomination_form.html",
        {"office": office, "cohort": cohort, "form": form},
    )


@office_required
def nomination_import_detail_view(
    request: HttpRequest, import_id: int, *, office: Office
) -> HttpResponse:
    nomination_import = _import_of(office, import_id)
    show = request.GET.get("tampil") or (
        "galat" if nomination_import.error_count else "semua"
    )
    preview = nomination_preview_for(
        nomination_import=nomination_import,
        errors_only=show == "galat",
        page_number=request.GET.get("halaman"),
    )
    return render(
        request,
        "courses/office/import_detail.html",
        {
            "office": office,
            "nomination_import": nomination_import,
            "cohort": nomination_import.cohort,
            "preview": preview,
            "show": show,
            "can_confirm": nomination_import.status == NominationImport.Status.PREVIEWED
            and not nomination_import.error_count,
        },
    )


@office_required
@require_POST
def nomination_import_confirm_view(
    request: HttpRequest, import_id: int, *, office: Office
) -> HttpResponse:
    nomination_import = _import_of(office, import_id)
    try:
        nomination_import = nomination_import_confirm(
            nomination_import=nomination_import, actor=request.user
        )
    except CoursesError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            ngettext(
                "%(count)s person has been nominated; they will receive an email.",
                "%(count)s people have been nominated; they will receive an email.",
                nomination_import.row_count,
            )
            % {"count": nomination_import.row_count},
        )
    return redirect("courses:nomination_import", import_id=nomination_import.pk)


@office_required
@require_POST
def nomination_import_cancel_view(
    request: HttpRequest, import_id: int, *, office: Office
) -> HttpResponse:
    nomination_import = _import_of(office, import_id)
    try:
        nomination_import_cancel(
            nomination_import=nomination_import, actor=request.user
        )
    except CoursesError as error:
        messages.error(request, error.message)
        return redirect("courses:nomination_import", import_id=nomination_import.pk)
    messages.info(request, _("The nomination file was cancelled; nothing was saved."))
    return redirect("courses:office_home")


@office_required
def nomination_template_xlsx_view(
    request: HttpRequest, *, office: Office
) -> HttpResponse:
    content = template_xlsx(regions=list(region_list_within(region=office.region)))
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="templat-usulan.xlsx"'
    return response


@office_required
def nomination_template_csv_view(
    request: HttpRequest, *, office: Office
) -> HttpResponse:
    response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="templat-usulan.csv"'
    return response


def _url_or_empty(name: str) -> str:
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""


def _user_from_uid(uidb64: str) -> User | None:
    try:
        return User.objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError, User.DoesNotExist):
        return None


def account_activate_view(
    request: HttpRequest, uidb64: str, token: str
) -> HttpResponse:
    """The invitation link of a person an office created: set a password and
    accept the privacy notice. No login needed; the token is the proof."""
    user = _user_from_uid(uidb64)
    context = {
        "privacy_url": _url_or_empty("privacy"),
        "reset_url": _url_or_empty("account_reset_password"),
    }
    if user is None or not default_token_generator.check_token(user, token):
        return render(
            request, "courses/office/activate.html", {**context, "invalid": True}
        )
    form = AccountActivationForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        account_activate(user=user, password=form.cleaned_data["new_password1"])
        messages.success(
            request,
            _("Your account is active. Log in with the username %(username)s.")
            % {"username": user.get_username()},
        )
        return redirect(resolve_url(settings.LOGIN_URL))
    return render(
        request,
        "courses/office/activate.html",
        {**context, "form": form, "account": user},
    )
