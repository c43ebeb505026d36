"""The public verification pages: states, minimal personal data, code form, upload."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from certificates import services
from certificates.verification import code_signature, verification_url
from tests.certificates.factories import CertificateTemplateFactory, completed_enrolment
from tests.factories_cohorts import CohortFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(django_capture_on_commit_callbacks):
    template = CertificateTemplateFactory()
    cohort = CohortFactory(organiser=template.office)
    enrolment = completed_enrolment(cohort=cohort)
    enrolment.learner.email = "ni.luh@contoh.go.id"
    enrolment.learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue(enrolment=enrolment)
    certificate.refresh_from_db()
    return certificate


def _signed_path(certificate) -> str:
    url = verification_url(certificate.code)
    return url[url.index("/verify/") :]


def test_valid_certificate_shows_name_training_and_issuer_but_no_nip_or_email(
    client, certificate
):
    response = client.get(_signed_path(certificate))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-state="valid"' in html
    assert "Ni Luh Putu Ayu Saraswati, S.Sos." in html
    assert certificate.data["course_title"] in html
    assert certificate.number in html
    assert certificate.data["issuer"] in html
    assert "199103152019032012" not in html  # the learner's NIP
    assert "196805121994031007" not in html  # nor the signatory's
    assert "ni.luh@contoh.go.id" not in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "<script" not in html


def test_code_typed_by_hand_without_signature_in_any_case_and_with_dashes(
    client, certificate
):
    code = certificate.code
    typed = "-".join(code[i : i + 4] for i in range(0, 16, 4)).lower()
    response = client.get(reverse("certificates:verify", kwargs={"code": typed}))
    assert 'data-state="valid"' in response.content.decode()


def test_indonesian_alias_and_english_page(client, certificate):
    alias = client.get(f"/verifikasi/{certificate.code}/")
    english = client.get(f"/en/verify/{certificate.code}/")
    assert 'data-state="valid"' in alias.content.decode()
    assert 'data-state="valid"' in english.content.decode()


def test_revoked_certificate_shows_revoked_with_reason(client, certificate):
    services.certificate_revoke(
        certificate=certificate, reason="Data kehadiran dipalsukan", by=None
    )
    html = client.get(_signed_path(certificate)).content.decode()
    assert 'data-state="revoked"' in html
    assert "Data kehadiran dipalsukan" in html


def test_replaced_certificate_points_to_its_number(
    client, certificate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_reissue(
            certificate=certificate, by=None, reason="Nama diperbaiki"
        )
    html = client.get(_signed_path(certificate)).content.decode()
    assert 'data-state="replaced"' in html
    assert certificate.number in html


def test_tampered_code_or_signature_is_rejected(client, certificate):
    forged = "A" * 16 if certificate.code != "A" * 16 else "B" * 16
    signature = code_signature(certificate.code)
    for path in (
        f"/verify/{forged}/?s={signature}",  # another code under this signature
        f"/verify/{certificate.code}/?s={signature[:-2]}xx",  # altered signature
    ):
        response = client.get(path)
        html = response.content.decode()
        assert 'data-state="tampered"' in html, path
        assert certificate.data["name"] not in html


def test_unknown_code_is_a_404_that_says_unknown(client, certificate):
    response = client.get("/verify/QQQQQQQQQQQQQQQQ/")
    assert response.status_code == 404
    assert 'data-state="unknown"' in response.content.decode()
    signed = f"/verify/QQQQQQQQQQQQQQQQ/?s={code_signature('QQQQQQQQQQQQQQQQ')}"
    assert 'data-state="unknown"' in client.get(signed).content.decode()


def test_code_form_redirects_to_the_page_or_explains(client, certificate):
    response = client.get("/verify/", {"code": f" {certificate.code.lower()} "})
    assert response.status_code == 302
    assert response["Location"] == f"/verify/{certificate.code}/"
    bad = client.get("/verify/", {"code": "12345"})
    assert bad.status_code == 200
    assert 'id="code-error"' in bad.content.decode()


def test_uploaded_pdf_is_matched_by_its_hash(client, certificate):
    upload = SimpleUploadedFile(
        "sertifikat.pdf", certificate.pdf.read(), content_type="application/pdf"
    )
    response = client.post("/verify/", {"pdf": upload})
    html = response.content.decode()
    assert 'id="upload-result" data-state="valid"' in html
    assert certificate.sha256 in html
    assert "199103152019032012" not in html

    altered = certificate.pdf.open().read() + b"\n% edited"
    response = client.post("/verify/", {"pdf": SimpleUploadedFile("x.pdf", altered)})
    assert 'id="upload-result" data-state="unknown"' in response.content.decode()


def test_upload_refuses_other_files_and_big_files(client, settings):
    not_pdf = SimpleUploadedFile("foto.pdf", b"\x89PNG\r\n\x1a\n....")
    response = client.post("/verify/", {"pdf": not_pdf})
    assert response.status_code == 400
    assert 'id="pdf-error"' in response.content.decode()

    big = SimpleUploadedFile("besar.pdf", b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024))
    response = client.post("/verify/", {"pdf": big})
    assert response.status_code == 400
    assert 'id="pdf-error"' in response.content.decode()

    response = client.post("/verify/", {})
    assert response.status_code == 400
