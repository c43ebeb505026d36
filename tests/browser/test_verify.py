"""Public certificate verification on a phone: the QR's target, the code form and
the PDF upload, with no JavaScript needed and no personal identifiers shown."""

import pytest

from certificates import services
from certificates.verification import verification_url
from tests.certificates.factories import CertificateTemplateFactory, completed_enrolment
from tests.factories_cohorts import CohortFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _fits_the_screen(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_phone_scans_the_qr_then_checks_a_typed_code_and_a_pdf(
    live_server, home_page, phone_page, artifacts_dir, tmp_path
):
    template = CertificateTemplateFactory()
    enrolment = completed_enrolment(
        name="Ni Luh Putu Ayu Saraswati, S.Sos.",
        cohort=CohortFactory(organiser=template.office),
    )
    certificate = services.certificate_issue(enrolment=enrolment)  # renders on commit
    certificate.refresh_from_db()
    assert certificate.is_rendered

    scanned = verification_url(certificate.code)
    phone_page.goto(live_server.url + scanned[scanned.index("/verify/") :])
    state = phone_page.locator("#verification-state")
    assert state.get_attribute("data-state") == "valid"
    facts = phone_page.locator("#certificate-facts")
    assert "Ni Luh Putu Ayu Saraswati, S.Sos." in facts.inner_text()
    assert certificate.number in facts.inner_text()
    body = phone_page.locator("body").inner_text()
    assert "199103152019032012" not in body
    assert _fits_the_screen(phone_page)
    phone_page.screenshot(path=artifacts_dir / "verify-valid-phone.png", full_page=True)

    # Typed by hand, lower case with dashes: the form leads to the same page.
    typed = "-".join(certificate.code[i : i + 4] for i in range(0, 16, 4)).lower()
    phone_page.fill("#id_code", typed)
    phone_page.locator("main form[method=get] button[type=submit]").click()
    phone_page.wait_for_url(f"**/verify/{certificate.code}/")
    assert state.get_attribute("data-state") == "valid"

    # The PDF as received: its hash matches.
    pdf_path = tmp_path / "sertifikat.pdf"
    pdf_path.write_bytes(certificate.pdf.read())
    phone_page.goto(live_server.url + "/verify/")
    phone_page.set_input_files("#id_pdf", str(pdf_path))
    phone_page.locator("form[enctype='multipart/form-data'] button").click()
    result = phone_page.locator("#upload-result")
    assert result.get_attribute("data-state") == "valid"
    assert certificate.sha256 in result.inner_text()
    assert _fits_the_screen(phone_page)
    phone_page.screenshot(
        path=artifacts_dir / "verify-upload-phone.png", full_page=True
    )

    # Revoked, then a forged address.
    services.certificate_revoke(
        certificate=certificate, reason="Data kehadiran tidak sah", by=None
    )
    phone_page.goto(live_server.url + f"/verify/{certificate.code}/")
    assert state.get_attribute("data-state") == "revoked"
    assert "Data kehadiran tidak sah" in state.inner_text()
    phone_page.screenshot(
        path=artifacts_dir / "verify-revoked-phone.png", full_page=True
    )
    forged = scanned[scanned.index("/verify/") :].replace(certificate.code, "A" * 16)
    phone_page.goto(live_server.url + forged)
    assert state.get_attribute("data-state") == "tampered"
    phone_page.screenshot(
        path=artifacts_dir / "verify-tampered-phone.png", full_page=True
    )
