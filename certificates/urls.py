"""Public verification pages (the QR's target), the issuer's public key, and the
learner's Open Badges download. Namespace ``certificates``."""

from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.certificate_verify_form_view, name="verify_form"),
    path("verify/keys.json", views.issuer_keys_view, name="keys"),
    path("verify/did.json", views.issuer_did_view, name="did"),
    path(
        "verify/revocations.json",
        views.credential_revocation_list_view,
        name="revocations",
    ),
    path("verify/<str:code>/", views.certificate_verify_view, name="verify"),
    # Indonesian alias of the same page, for addresses typed by hand.
    path("verifikasi/", views.certificate_verify_form_view),
    path("verifikasi/<str:code>/", views.certificate_verify_view, name="verifikasi"),
    path(
        "sertifikat/<int:certificate_id>/openbadge.jwt",
        views.certificate_credential_download_view,
        name="credential_download",
    ),
]
