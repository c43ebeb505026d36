"""Public verification of certificates, and the learner's Open Badges download.

The verification pages show only what the certificate itself shows to anyone who
holds it, minus personal identifiers: name, training, dates, issuer and state; never
NIP or email. They are not indexed by search engines and use no JavaScript.
"""

import hashlib
from datetime import date
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from certificates import openbadges
from certificates.forms import VerifyCodeForm, VerifyUploadForm
from certificates.models import Certificate
from certificates.selectors import (
    certificate_codes_no_longer_valid,
    certificate_find_by_sha256,
    certificate_list_for_learner,
    certificate_verify,
)
from certificates.services import date_id, date_range_id
from certificates.verification import code_display


def _noindex(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        response = view(*args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper


def public_facts(certificate: Certificate) -> dict:
    """What the public page may say about a certificate (no NIP, no email)."""
    data = certificate.data
    return {
        "number": certificate.number,
        "code": code_display(certificate.code),
        "name": data.get("name", ""),
        "training": data.get("course_title", ""),
        "cohort": data.get("cohort_title", ""),
        "dates": date_range_id(
            date.fromisoformat(data["starts_on"]), date.fromisoformat(data["ends_on"])
        ),
        "jp": data.get("jp", ""),
        "issuer": data.get("issuer", ""),
        "signed_on": date_id(date.fromisoformat(data["signed_on"])),
    }


def _status_code(state: str) -> int:
    return 404 if state in ("unknown",) else 200


@_noindex
@never_cache
@require_http_methods(["GET", "POST"])
def certificate_verify_form_view(request: HttpRequest) -> HttpResponse:
    """Enter a code (GET ?code=…) or upload a PDF (POST) to check it."""
    code_form = VerifyCodeForm(request.GET or None)
    upload_form = VerifyUploadForm()
    upload_result = None
    if request.method == "GET" and code_form.is_valid():
        return redirect("certificates:verify", code=code_form.cleaned_data["code"])
    if request.method == "POST":
        upload_form = VerifyUploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            digest = hashlib.sha256()
            for chunk in upload_form.cleaned_data["pdf"].chunks():
                digest.update(chunk)
            certificate = certificate_find_by_sha256(sha256=digest.hexdigest())
            upload_result = {
                "sha256": digest.hexdigest(),
                "state": certificate.status if certificate else "unknown",
                "facts": public_facts(certificate) if certificate else None,
                "certificate": certificate,
            }
    return render(
        request,
        "certificates/verify_form.html",
        {
            "code_form": code_form,
            "upload_form": upload_form,
            "upload_result": upload_result,
        },
        status=400 if request.method == "POST" and upload_result is None else 200,
    )


@_noindex
@never_cache
def certificate_verify_view(request: HttpRequest, code: str) -> HttpResponse:
    """The QR's target: valid, revoked, replaced, unknown or tampered."""
    verification = certificate_verify(code=code, signature=request.GET.get("s", ""))
    certificate = verification.certificate
    replacement = verification.replacement
    return render(
        request,
        "certificates/verify.html",
        {
            "state": verification.state,
            "facts": public_facts(certificate) if certificate else None,
            "certificate": certificate,
            "replacement_number": replacement.number if replacement else "",
            "code_form": VerifyCodeForm(),
        },
        status=_status_code(verification.state),
    )


def issuer_keys_view(request: HttpRequest) -> JsonResponse:
    """The public keys of the Open Badges credentials (JWKS): the current one and
    the retired ones that signed credentials still in people's hands."""
    response = JsonResponse(openbadges.jwks())
    response["Access-Control-Allow-Origin"] = "*"
    return response


def credential_revocation_list_view(request: HttpRequest) -> JsonResponse:
    """The 1EdTech revocation list named by every credential's ``credentialStatus``:
    the (opaque) ids of the credentials no longer valid. Cached for five minutes."""
    document = openbadges.revocation_list(codes=certificate_codes_no_longer_valid())
    response = JsonResponse(document)
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


def issuer_did_view(request: HttpRequest) -> JsonResponse:
    """The did:web document of the issuer (same key as keys.json)."""
    response = JsonResponse(openbadges.did_document())
    response["Access-Control-Allow-Origin"] = "*"
    return response


@login_required
def certificate_credential_download_view(
    request: HttpRequest, certificate_id: int
) -> HttpResponse:
    """The learner's own certificate as a signed Open Badges 3.0 credential."""
    certificate = (
        certificate_list_for_learner(learner=request.user)
        .filter(pk=certificate_id, status=Certificate.Status.VALID)
        .first()
    )
    if certificate is None:
        raise Http404
    token = openbadges.credential_sign(
        openbadges.credential_for(certificate=certificate)
    )
    response = HttpResponse(token, content_type="application/vc+jwt")
    filename = f"openbadge-{certificate.code}.jwt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
